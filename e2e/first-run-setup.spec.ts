import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { InboxPage } from './pages/inbox-page.js';
import { SetupPage } from './pages/setup-page.js';
import { expectAccessible } from './support/axe.js';

const owner = {
  organizationName: 'Acme Rockets',
  name: 'Grace Hopper',
  email: 'grace@acme.test',
  password: 'correct horse battery',
};

test('first-run setup creates the organization and its owner, who lands signed in on the inbox', async ({
  page,
}) => {
  const setup = new SetupPage(page);
  await setup.open();
  await expectAccessible(page, 'the setup page');

  await setup.createOrganization(owner);

  const home = new InboxPage(page);
  await expect(home.welcome('Grace')).toBeVisible();
  await expect(home.membership('an owner', 'Acme Rockets')).toBeVisible();
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(new AppShell(page).organization).toHaveValue('Acme Rockets');

  // Signed in for real: a reload keeps the session, and setup is no longer offered.
  await page.reload();
  await expect(home.welcome('Grace')).toBeVisible();
  await page.goto('/setup');
  await expect(home.welcome('Grace')).toBeVisible();
});

test('setup explains what is wrong with a short password', async ({ page }) => {
  const setup = new SetupPage(page);
  await setup.open();

  await setup.createOrganization({ ...owner, password: 'short' });

  await expect(page.getByText('Must have at least 12 characters')).toBeVisible();
  await expectAccessible(page, 'the setup form with its error');
  await expect(setup.heading).toBeVisible();
});

test('setup explains, from the server, why a common password is refused', async ({ page }) => {
  const setup = new SetupPage(page);
  await setup.open();

  // Long enough for the form's own rules: only the server's dictionary knows it is common.
  await setup.createOrganization({ ...owner, password: 'password1234' });

  await expect(page.getByText(/^Is too easy to guess/)).toBeVisible();
  await expect(setup.heading).toBeVisible();
});
