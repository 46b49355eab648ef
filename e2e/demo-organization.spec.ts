import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { InboxPage } from './pages/inbox-page.js';
import { PeoplePage } from './pages/people-page.js';
import { SetupPage } from './pages/setup-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { TeamsPage } from './pages/teams-page.js';
import { expectAccessible } from './support/axe.js';

const demoPeople = ['Ada Okafor', 'Morgan Hale', 'Lin Wei', 'Priya Nair', 'Sam Rivera', 'Jo Tanaka'];

test('a newcomer loads the demo organization and signs in as its CEO', async ({ page }) => {
  const setup = new SetupPage(page);
  await setup.open();

  await setup.loadDemo();
  await expect(page.getByText('The demo organization is ready')).toBeVisible();
  await expect(setup.demoProgress).toBeVisible();
  await expect(setup.demoProgress).toHaveAttribute('aria-valuenow', '100');
  await expect(page.getByText(/^Done \(\d+ of \d+\)$/)).toBeVisible();
  await expect(setup.demoPerson('ceo@demo.accord.test')).toContainText('Ada Okafor');
  await expect(page.getByText('accord-demo')).toBeVisible();
  await expectAccessible(page, 'the setup page with the demo loaded');

  await setup.signInButton.click();
  const signIn = new SignInPage(page);
  await expect(signIn.heading).toBeVisible();
  await signIn.signIn('ceo@demo.accord.test', 'accord-demo');
  const home = new InboxPage(page);
  await expect(home.welcome('Ada')).toBeVisible();
  await expect(home.membership('an owner', 'Awesome Company')).toBeVisible();
  await expectAccessible(page, 'the inbox');

  const shell = new AppShell(page);
  await shell.goTo('People');
  const people = new PeoplePage(page);
  await expect(people.members.getByRole('rowheader')).toHaveCount(demoPeople.length);
  for (const name of demoPeople) await expect(people.member(name)).toBeVisible();
  await expectAccessible(page, 'the people page');

  await people.search('engineer');
  await expect(people.members.getByRole('rowheader')).toHaveCount(2);

  await shell.goTo('Teams');
  const teams = new TeamsPage(page);
  for (const name of ['Board', 'Leadership', 'Engineering', 'Product']) {
    await expect(teams.team(name)).toBeVisible();
  }
});
