import { expect, test } from './fixtures.js';
import { AccountabilityMapPage } from './pages/accountability-map-page.js';
import { AppShell } from './pages/app-shell.js';
import { expectAccessible } from './support/axe.js';

test("the demo organization's accountability map: teams first, then a team's promises, and back", async ({
  page,
  demo,
}) => {
  const { ceo, cto, po, engineer1, engineer2 } = demo.people;
  await new AppShell(page).goTo('Map');
  const map = new AccountabilityMapPage(page);
  await expect(map.heading).toBeVisible();

  // The summary: one row per team, and the links between teams, counted.
  for (const team of ['Board', 'Leadership', 'Engineering', 'Product']) {
    await expect(map.team(team)).toHaveCount(1);
  }
  await expect(map.link('Board', 'Leadership')).toHaveCount(1);
  await expect(map.link('Leadership', 'Engineering')).toHaveCount(1);
  await expect(map.link('Leadership', 'Product')).toHaveCount(1);
  // No promise is listed before a team is opened.
  await expect(map.edges).toHaveCount(0);
  await expectAccessible(page, 'the accountability map');

  // A team on the graph opens with the keyboard.
  await map.teamNode('Engineering').focus();
  await page.keyboard.press('Enter');
  await expect(map.teamHeading('Engineering')).toBeVisible();
  await expect(map.breadcrumb.getByText('Engineering')).toHaveAttribute('aria-current', 'page');
  await expect(map.edge(ceo.name, cto.name, '1 year')).toHaveCount(1);
  await expect(map.edge(cto.name, engineer1.name, 'Quarter')).not.toHaveCount(0);
  await expect(map.edge(po.name, engineer2.name, 'Quarter')).not.toHaveCount(0);
  await expectAccessible(page, 'the map of a team');
  // The Board's promise to the CEO is Leadership's, not Engineering's.
  await expect(map.edge('Board', ceo.name, '3 years')).toHaveCount(0);
  // A declined promise makes no accountability.
  await expect(map.edge(ceo.name, 'Engineering', '1 year')).toHaveCount(0);

  // Back to the summary, by the breadcrumb and by the browser.
  await map.breadcrumb.getByRole('link', { name: 'All teams' }).click();
  await expect(map.team('Engineering')).toHaveCount(1);
  await page.goBack();
  await expect(map.teamHeading('Engineering')).toBeVisible();
  await page.goBack();
  await expect(map.teams).toBeVisible();

  // Leadership's map holds the Board's promise to the CEO; it links to the promise.
  await map.openTeam('Leadership');
  await expect(map.edge('Board', ceo.name, '3 years')).toHaveCount(1);
  await expect(map.edge(ceo.name, po.name, '1 year')).toHaveCount(1);
  await map.edges
    .getByRole('link', { name: /Make the company awesome/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Make the company awesome', level: 1 })).toBeVisible();
});
