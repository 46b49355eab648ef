import { expect, test } from './fixtures.js';
import { NotificationBell } from './pages/notification-bell.js';
import { expectAccessible } from './support/axe.js';
import { addMember, createFutureQuarter, createTeam } from './support/planning-setup.js';
import { call } from './support/promise-api.js';

test("an ask rings the team lead's bell, and marking it read clears it", async ({
  page,
  browser,
  baseURL,
  owner,
}) => {
  // Setting the scene through the API: Pat leads Platform; Grace asks Platform for something.
  const pat = await addMember(page, browser, baseURL ?? '', 'Pat Okafor');
  try {
    const platform = await createTeam(page, 'Platform', [pat.personId]);
    const cycle = await createFutureQuarter(page);
    const askPlatform = (title: string) =>
      call<{ id: string }>(page, 'POST', '/api/v1/promises', {
        cycleId: cycle.id,
        customer: { type: 'person', id: owner.personId },
        performers: [{ type: 'team', id: platform.id }],
        title,
        dueDate: cycle.endDate,
        open: 'request',
      });
    await askPlatform('Single sign-on');

    const bell = new NotificationBell(pat.page);
    await pat.page.goto('/inbox');
    await expect(bell.button).toHaveAccessibleName('Notifications, 1 unread');
    await bell.open();
    await expect(bell.item('Single sign-on')).toContainText('An ask for you');
    await expect(bell.item('Single sign-on')).toContainText('Unread');
    await expectAccessible(pat.page, 'the inbox with the notifications open');
    await bell.markRead('Single sign-on');
    await expect(bell.button).toHaveAccessibleName('Notifications');
    await expect(bell.item('Single sign-on').getByRole('button', { name: /^Mark read/ })).toHaveCount(0);
    await expect(bell.panel.getByRole('button', { name: 'Mark all read' })).toBeDisabled();

    // Two more asks; one click reads them all. Grace's own bell stays quiet: she asked.
    await askPlatform('Bulk exports');
    await askPlatform('Audit log');
    await pat.page.reload();
    await expect(bell.button).toHaveAccessibleName('Notifications, 2 unread');
    await bell.open();
    await bell.markAllRead();
    await expect(bell.button).toHaveAccessibleName('Notifications');

    // A notification leads to what it is about.
    await bell.follow('Audit log');
    await expect(pat.page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
    await page.reload();
    await expect(new NotificationBell(page).button).toHaveAccessibleName('Notifications');
  } finally {
    await pat.context.close();
  }
});
