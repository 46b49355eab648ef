import { expect, test } from './fixtures.js';
import { AccountPage } from './pages/account-page.js';
import { AppShell } from './pages/app-shell.js';
import { ForgotPasswordPage, ResetPasswordPage } from './pages/password-reset-pages.js';
import { PeoplePage } from './pages/people-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { expectAccessible } from './support/axe.js';

const NEW_PASSWORD = 'a quiet lighthouse keeper';

test('a person who forgot their password resets it from the emailed link and signs in', async ({
  page,
  owner,
  mailbox,
}) => {
  // Through the outbox, the delivery worker and SMTP, then four pages.
  test.slow();
  await new AppShell(page).signOut();
  const signIn = new SignInPage(page);
  await expect(signIn.heading).toBeVisible();
  await page.getByRole('link', { name: 'Forgot password?' }).click();

  const forgot = new ForgotPasswordPage(page);
  await expect(forgot.heading).toBeVisible();
  await expectAccessible(page, 'the forgot-password page');
  await forgot.ask(owner.email);
  await expectAccessible(page, 'the forgot-password page once sent');

  const resets = () =>
    mailbox.to(owner.email).filter((m) => m.subject === 'Choose a new password for Accord');
  await expect.poll(() => resets().length, { timeout: 15_000 }).toBe(1);
  const link = /Choose a new password: (\S+)/.exec(resets()[0]?.text ?? '')?.[1];
  expect(link).toMatch(/\/reset-password\//);

  await page.goto(new URL(link!).pathname);
  const reset = new ResetPasswordPage(page);
  await expect(reset.heading).toBeVisible();
  await expectAccessible(page, 'the reset-password page');
  // A common password is refused under the field, and the link still works after.
  await reset.choose('password1234');
  await expect(page.getByText(/too easy to guess/)).toBeVisible();
  await reset.choose(NEW_PASSWORD);
  await expect(page.getByRole('status')).toHaveText('Your password is changed.');
  await page.getByRole('link', { name: 'Sign in' }).click();

  await expect(signIn.heading).toBeVisible();
  await signIn.signIn(owner.email, owner.password);
  await expect(signIn.error('The email or the password is wrong')).toBeVisible();
  await signIn.signIn(owner.email, NEW_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();

  // The link worked once.
  await page.goto(new URL(link!).pathname);
  await reset.choose('another fine long phrase');
  await expect(page.getByRole('alert').filter({ hasText: 'This link was used already' })).toBeVisible();
});

test('a person changes their name on the Account page, and is shown under it', async ({ page, owner }) => {
  await new AppShell(page).goTo('Account');
  const account = new AccountPage(page);
  await expect(account.heading).toBeVisible();
  await expectAccessible(page, 'the account page');

  await account.changeName('Grace Brewster Hopper');
  await expect(page.getByRole('alert').filter({ hasText: 'Your name is changed' })).toBeVisible();

  await account.changePassword('not my password', NEW_PASSWORD);
  await expect(page.getByText('Is not your current password')).toBeVisible();

  await new AppShell(page).goTo('People');
  const people = new PeoplePage(page);
  await expect(people.member('Grace Brewster Hopper')).toBeVisible();
  expect(owner.email).toBe('grace@acme.test');
});

test('an owner resends an invitation, whose new link replaces the old', async ({ page, owner: _owner }) => {
  await new AppShell(page).goTo('People');
  const people = new PeoplePage(page);
  const first = await people.invite('ada@acme.test');
  await expect(
    page.getByRole('region', { name: 'Pending invitations' }).getByRole('columnheader', { name: 'Expires' }),
  ).toBeVisible();
  const second = await people.resendInvitation('ada@acme.test');
  expect(second).not.toBe(first);
  await expectAccessible(page, 'the people page with a resent invitation');

  await page.goto(new URL(first).pathname);
  await expect(page.getByRole('alert').filter({ hasText: /not found/i })).toBeVisible();
});
