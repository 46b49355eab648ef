import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { InboxPage } from './pages/inbox-page.js';
import { SetupPage } from './pages/setup-page.js';
import { SignInPage } from './pages/sign-in-page.js';

const owner = {
  organizationName: 'Acme Rockets',
  name: 'Grace Hopper',
  email: 'grace@acme.test',
  password: 'correct horse battery',
};

test('an owner signs out, is refused a wrong password, and signs in again', async ({ page }) => {
  const setup = new SetupPage(page);
  await setup.open();
  await setup.createOrganization(owner);
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
  await expect(signIn.heading).toBeVisible();

  await signIn.signIn(owner.email, owner.password);
  // The guard sent the visitor from /people to sign in; signing in takes them back there.
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await new AppShell(page).goTo('Inbox');
  await expect(home.welcome('Grace')).toBeVisible();
});
