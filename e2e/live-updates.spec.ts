import { expect, test } from './fixtures.js';
import { NotificationBell } from './pages/notification-bell.js';
import { PromisePage } from './pages/promise-page.js';
import { expectAccessible } from './support/axe.js';
import { addMember, createFutureQuarter } from './support/planning-setup.js';
import { call } from './support/promise-api.js';

test("another person's ask rings the bell and their move shows on the open promise, without a reload", async ({
  page,
  browser,
  baseURL,
  owner,
}) => {
  const pat = await addMember(page, browser, baseURL ?? '', 'Pat Okafor');
  try {
    const cycle = await createFutureQuarter(page);
    // Pat has the inbox open, with a quiet bell.
    const bell = new NotificationBell(pat.page);
    await pat.page.goto('/inbox');
    await expect(bell.button).toHaveAccessibleName('Notifications');

    // Grace asks Pat; Pat's bell rings while Pat does nothing (the bell's own poll is far slower).
    const asked = await call<{ id: string }>(page, 'POST', '/api/v1/promises', {
      cycleId: cycle.id,
      customer: { type: 'person', id: owner.personId },
      performers: [{ type: 'person', id: pat.personId }],
      title: 'Single sign-on',
      dueDate: cycle.endDate,
      open: 'request',
    });
    await expect(bell.button).toHaveAccessibleName('Notifications, 1 unread');

    // Both open the promise; Pat promises, and Grace's open page shows it.
    const grace = new PromisePage(page);
    await page.goto(`/promises/${asked.id}`);
    await expect(grace.heading('Single sign-on')).toBeVisible();
    await expect(grace.currentPhase()).toContainText('Q2 Negotiate');

    await bell.open();
    await bell.follow('Single sign-on');
    const patView = new PromisePage(pat.page);
    await expect(patView.heading('Single sign-on')).toBeVisible();
    await patView.makeMove('Promise');
    await expect(patView.currentPhase()).toContainText('Q3 Execute');

    await expect(grace.currentPhase()).toContainText('Q3 Execute');
    await expect(grace.move('Withdraw')).toBeVisible();
    await expectAccessible(page, 'the promise page');
  } finally {
    await pat.context.close();
  }
});
