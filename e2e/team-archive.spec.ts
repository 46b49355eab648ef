import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { TeamPage } from './pages/team-page.js';
import { TeamsPage } from './pages/teams-page.js';
import { expectAccessible } from './support/axe.js';

test('an owner renames a team, archives it, finds it among archived teams and restores it', async ({
  page,
  owner: _owner,
}) => {
  const shell = new AppShell(page);
  await shell.goTo('Teams');
  const teams = new TeamsPage(page);
  await expect(page.getByText('No teams yet')).toBeVisible();
  await teams.createTeam('Propulsion');
  const team = new TeamPage(page);
  await expect(team.heading('Propulsion')).toBeVisible();

  await team.rename('Engines', 'Builds the engines.');
  await expect(team.heading('Engines')).toBeVisible();
  await expect(page.getByText('Builds the engines.').first()).toBeVisible();

  await team.archive();
  await expect(team.archivedNotice).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add member' })).toBeHidden();
  await expectAccessible(page, 'an archived team');

  await shell.goTo('Teams');
  await expect(page.getByText('No teams yet')).toBeVisible();
  await teams.show('Archived');
  await teams.team('Engines').click();
  await page.getByRole('button', { name: 'Restore team' }).click();
  await expect(team.archivedNotice).toBeHidden();

  await shell.goTo('Teams');
  await expect(teams.team('Engines')).toBeVisible();
});
