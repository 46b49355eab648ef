import { expect, test } from './fixtures.js';
import { PlanningPage } from './pages/planning-page.js';
import { expectAccessible } from './support/axe.js';
import { ask, createFutureQuarter, createTeam } from './support/planning-setup.js';

test('the planning board pages through the teams, filters them by name, and leads to the rest of a column', async ({
  page,
  owner,
}) => {
  test.slow();
  // The scene, through the API: more teams than a page holds, and more asks of one team than a
  // column lists.
  const teams = [];
  for (let n = 1; n <= 21; n += 1) {
    teams.push(await createTeam(page, `Squad ${String(n).padStart(2, '0')}`, [owner.personId]));
  }
  const [first, second] = teams;
  const cycle = await createFutureQuarter(page);
  for (let n = 1; n <= 6; n += 1) await ask(page, cycle, first!.id, second!.id, `Ask number ${n}`);

  const planning = new PlanningPage(page);
  await page.goto('/planning');
  await planning.chooseCycle(cycle.name);
  await expect(planning.teamRow('Squad 01')).toBeVisible();
  await expect(page.getByText('Teams 1 to 20 of 21')).toBeVisible();
  // A column lists its first five promises and links to the rest.
  await expect(planning.promises('Proposed', 'Squad 02')).toHaveCount(5);
  await expect(planning.moreLink('Proposed', 'Squad 02')).toHaveText('1 more');
  await expectAccessible(page, 'a page of the planning board');

  await planning.nextTeamsPage();
  await expect(planning.teamRow('Squad 21')).toBeVisible();
  await expect(planning.teamRow('Squad 01')).toHaveCount(0);
  await expect(page.getByText('Teams 21 to 21 of 21')).toBeVisible();

  await planning.filterTeams('squad 02');
  await expect(planning.teamRow('Squad 02')).toBeVisible();
  await expect(planning.board.getByRole('rowheader')).toHaveCount(1);
  await expect(page).toHaveURL(/teams=squad\+02/);

  // The rest of the column: the promise list of that team in that cycle.
  await planning.moreLink('Proposed', 'Squad 02').click();
  await expect(page.getByRole('heading', { name: 'Promises', level: 1 })).toBeVisible();
  await expect(page.getByText('The promises Squad 02 is a side of (customer or performer).')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Ask number/ })).toHaveCount(6);
  await expectAccessible(page, "one team's promises");
  await page.getByRole('button', { name: 'Show every team' }).click();
  await expect(page.getByText('The promises Squad 02 is a side of')).toHaveCount(0);
});
