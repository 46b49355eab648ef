import { expect, test } from './fixtures.js';
import { AccountPage } from './pages/account-page.js';
import { AppShell } from './pages/app-shell.js';
import { expectAccessible } from './support/axe.js';

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

test('a person signs out a session they no longer hold, from another browser', async ({
  page,
  browser,
  baseURL,
  owner,
}) => {
  // The owner is signed in on a second device too.
  const laptop = await browser.newContext({ baseURL });
  try {
    const signedIn = await laptop.request.post('/api/v1/auth/login', {
      data: { email: owner.email, password: owner.password },
    });
    expect(signedIn.ok()).toBe(true);
    expect((await laptop.request.get('/api/v1/me')).ok()).toBe(true);

    await new AppShell(page).goTo('Account');
    const sessions = page.getByRole('table', { name: 'Your sessions' });
    await expect(sessions.getByRole('row')).toHaveCount(3);
    await expect(sessions.getByText('This browser')).toBeVisible();
    await expectAccessible(page, 'the account page');

    await page.getByRole('button', { name: 'Sign out everywhere else' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign out everywhere else?' });
    await dialog.getByRole('button', { name: 'Sign out the others' }).click();
    await expect(sessions.getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Sign out everywhere else' })).toBeHidden();

    expect((await laptop.request.get('/api/v1/me')).status()).toBe(401);
    expect((await page.request.get('/api/v1/me')).ok()).toBe(true);
  } finally {
    await laptop.close();
  }
});
