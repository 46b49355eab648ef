import { expect, test } from './fixtures.js';
import { DigestPage } from './pages/digest-page.js';
import { NotificationBell } from './pages/notification-bell.js';
import { expectAccessible } from './support/axe.js';
import { addMember, createFutureQuarter } from './support/planning-setup.js';
import { call } from './support/promise-api.js';

test("a counter by one person rings the other's bell, and an admin previews the digest", async ({
  page,
  browser,
  baseURL,
  owner,
}) => {
  // Two people's pages, and axe-core over the page and the email in its frame.
  test.slow();
  const pat = await addMember(page, browser, baseURL ?? '', 'Pat Okafor');
  try {
    // Grace asks Pat; Pat answers with a counter-proposal.
    const cycle = await createFutureQuarter(page);
    const asked = await call<{ id: string; version: number }>(page, 'POST', '/api/v1/promises', {
      cycleId: cycle.id,
      customer: { type: 'person', id: owner.personId },
      performers: [{ type: 'person', id: pat.personId }],
      title: 'Faster invoices',
      dueDate: cycle.endDate,
      open: 'request',
    });
    await call(pat.page, 'POST', `/api/v1/promises/${asked.id}/moves`, {
      act: 'counter',
      version: asked.version,
      changes: { description: 'Half of the invoices first.' },
    });

    const bell = new NotificationBell(page);
    await page.goto('/inbox');
    await expect(bell.button).toHaveAccessibleName('Notifications, 1 unread');
    await bell.open();
    await expect(bell.item('Counter-proposal on Faster invoices')).toContainText('Counter-proposal');
    await expectAccessible(page, 'the bell with a counter-proposal');
    // Pat made the move: Pat's bell holds the ask, not the counter.
    await pat.page.goto('/inbox');
    const patsBell = new NotificationBell(pat.page);
    await patsBell.open();
    await expect(patsBell.item('Asked of you: Faster invoices')).toBeVisible();
    await expect(patsBell.item('Counter-proposal')).toHaveCount(0);

    // The owner reads this week's digest before it goes.
    await page.keyboard.press('Escape');
    const digest = new DigestPage(page);
    await digest.open();
    await expect(page.getByRole('heading', { name: /^Subject: .+: the week in Accord$/ })).toBeVisible();
    await expect(digest.email.getByRole('heading', { name: 'At risk or off track' })).toBeVisible();
    // The email sits in a sandboxed frame that no script may enter: the page is checked around it,
    // and the email's own HTML as a page of its own.
    await expectAccessible(page, 'the digest preview', { exclude: 'iframe' });
    const { html } = await call<{ html: string }>(page, 'GET', '/api/v1/digest/preview');
    const email = await page.context().newPage();
    await email.setContent(html);
    await expectAccessible(email, 'the digest email');
    await email.close();
    // A member has no digest in the navigation.
    await expect(
      pat.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Weekly digest' }),
    ).toHaveCount(0);
  } finally {
    await pat.context.close();
  }
});
