import { expect, test } from './fixtures.js';
import { AccountPage } from './pages/account-page.js';
import { AppShell } from './pages/app-shell.js';
import { expectAccessible } from './support/axe.js';

test('a person makes a calendar address, a calendar reads it, and they revoke it', async ({
  page,
  baseURL,
  owner: _owner,
}) => {
  await new AppShell(page).goTo('Account');
  const account = new AccountPage(page);
  await expect(account.heading).toBeVisible();
  const calendar = page.getByRole('region', { name: 'Calendar' });
  await expect(calendar.getByText('You have no calendar address.')).toBeVisible();

  const url = await account.makeCalendarAddress();
  expect(url).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  await expectAccessible(page, 'the account page with a calendar address shown');

  // A calendar application reads the address without signing in.
  const feed = await fetch(`${baseURL}${new URL(url).pathname}`);
  expect(feed.status).toBe(200);
  expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

  await page.reload();
  await expect(
    calendar.getByText(/You have a calendar address, made .+; last read by a calendar/),
  ).toBeVisible();
  await expect(account.calendarAddress).toBeHidden();

  await calendar.getByRole('button', { name: 'Revoke calendar address' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke your calendar address?' });
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(calendar.getByText('You have no calendar address.')).toBeVisible();
  expect((await fetch(`${baseURL}${new URL(url).pathname}`)).status).toBe(404);
});
