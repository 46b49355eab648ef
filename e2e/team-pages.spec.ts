import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { TeamsPage } from './pages/teams-page.js';
import { expectAccessible } from './support/axe.js';
import { createTeam } from './support/planning-setup.js';

test('an owner of many teams pages through them, 25 at a time', async ({ page, owner: _owner }) => {
  const names = Array.from({ length: 27 }, (_, index) => `Team ${String(index + 1).padStart(2, '0')}`);
  for (const name of names) await createTeam(page, name, []);

  const shell = new AppShell(page);
  await shell.goTo('Teams');
  const teams = new TeamsPage(page);
  await expect(teams.teams).toHaveAccessibleName('Page 1 of 2: 27 teams');
  await expect(teams.team('Team 25')).toBeVisible();
  await expect(teams.team('Team 26')).toBeHidden();
  await expectAccessible(page, 'the teams page');

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(teams.teams).toHaveAccessibleName('Page 2 of 2: 27 teams');
  await expect(teams.team('Team 26')).toBeVisible();
  await expect(teams.team('Team 27')).toBeVisible();
  await expect(teams.team('Team 01')).toBeHidden();

  await page.getByRole('button', { name: 'Page 1' }).click();
  await expect(teams.team('Team 01')).toBeVisible();
});
