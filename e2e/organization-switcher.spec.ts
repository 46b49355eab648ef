import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { InboxPage } from './pages/inbox-page.js';
import { TeamsPage } from './pages/teams-page.js';
import { expectAccessible } from './support/axe.js';

test('a person creates a second organization and switches back to the first', async ({ page, owner }) => {
  const home = new InboxPage(page);
  await expect(home.membership('an owner', owner.organizationName)).toBeVisible();

  const shell = new AppShell(page);
  await shell.goTo('Teams');
  const teams = new TeamsPage(page);
  await teams.createTeam('Propulsion');
  await expect(page.getByRole('heading', { name: 'Propulsion', level: 1 })).toBeVisible();

  await shell.createOrganization('Side Project');
  await expect(home.membership('an owner', 'Side Project')).toBeVisible();
  await expect(shell.organization).toHaveValue('Side Project');
  await expectAccessible(page, 'the inbox of a new organization');

  // Nothing of the first organization shows in the second.
  await shell.goTo('Teams');
  await expect(page.getByText('No teams yet')).toBeVisible();

  await shell.switchOrganization(owner.organizationName);
  await expect(home.membership('an owner', owner.organizationName)).toBeVisible();
  await expect(shell.organization).toHaveValue(owner.organizationName);
  await shell.goTo('Teams');
  await expect(teams.team('Propulsion')).toBeVisible();
});
