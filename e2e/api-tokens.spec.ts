import { expect, test } from './fixtures.js';
import { AccountPage } from './pages/account-page.js';
import { AppShell } from './pages/app-shell.js';

test('a person creates an API token and sees its secret once', async ({ page, baseURL, owner }) => {
  await new AppShell(page).goTo('Account');
  const account = new AccountPage(page);
  await expect(account.heading).toBeVisible();
  await expect(page.getByText(owner.email)).toBeVisible();
  await expect(page.getByRole('link', { name: 'API reference' }).first()).toHaveAttribute(
    'href',
    '/api/docs',
  );

  const secret = await account.createToken('CI pipeline');
  expect(secret.length).toBeGreaterThan(20);
  await expect(account.token('CI pipeline')).toContainText('Never');

  // The secret works as a bearer token, as the account page says.
  const response = await page.request.get(`${baseURL}/api/v1/me`, {
    headers: { authorization: `Bearer ${secret}` },
  });
  expect(response.ok()).toBe(true);

  await account.dismissSecret();
  await expect(account.secret).toBeHidden();
  await page.reload();
  await expect(account.token('CI pipeline')).toBeVisible();
  await expect(page.getByText(secret)).toBeHidden();
  await expect(account.secret).toBeHidden();
});
