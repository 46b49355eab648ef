import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { InboxPage } from './pages/inbox-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { expectAccessible } from './support/axe.js';

test('an owner signs out, is refused a wrong password, and signs in again', async ({ page, owner }) => {
  const home = new InboxPage(page);
  await expect(home.welcome('Grace')).toBeVisible();

  await new AppShell(page).signOut();
  const signIn = new SignInPage(page);
  await expect(signIn.heading).toBeVisible();

  // Signed out means signed out: the app sends a visitor to sign in.
  await page.goto('/people');
  await expect(signIn.heading).toBeVisible();

  await signIn.signIn(owner.email, 'not the password');
  await expect(signIn.error('The email or the password is wrong')).toBeVisible();
  await expectAccessible(page, 'the sign-in page with its error');
  await expect(signIn.heading).toBeVisible();

  await signIn.signIn(owner.email, owner.password);
  // The guard sent the visitor from /people to sign in; signing in takes them back there.
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await new AppShell(page).goTo('Inbox');
  await expect(home.welcome('Grace')).toBeVisible();
  await expectAccessible(page, 'the inbox');
});
