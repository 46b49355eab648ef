import { expect, test } from './fixtures.js';
import { AccountabilityMapPage } from './pages/accountability-map-page.js';
import { AppShell } from './pages/app-shell.js';

test("the demo organization's accountability map shows who promises what to whom", async ({ page, demo }) => {
  const { ceo, cto, po, engineer1, engineer2 } = demo.people;
  await new AppShell(page).goTo('Map');
  const map = new AccountabilityMapPage(page);
  await expect(map.heading).toBeVisible();
  await expect(map.edge('Board', ceo.name, '3 years')).toHaveCount(1);
  await expect(map.edge(ceo.name, cto.name, '1 year')).toHaveCount(1);
  await expect(map.edge(ceo.name, po.name, '1 year')).toHaveCount(1);
  await expect(map.edge(po.name, engineer1.name, 'Quarter')).not.toHaveCount(0);
  await expect(map.edge(po.name, engineer2.name, 'Quarter')).not.toHaveCount(0);
  await expect(map.edge(cto.name, engineer1.name, 'Quarter')).not.toHaveCount(0);
  // A declined promise makes no accountability.
  await expect(map.edge(ceo.name, 'Engineering', '1 year')).toHaveCount(0);

  // The graph links to the promise too.
  await page
    .getByRole('link', { name: /Make the company awesome/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Make the company awesome', level: 1 })).toBeVisible();
});
