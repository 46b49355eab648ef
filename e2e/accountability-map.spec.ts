import { expect, test } from './fixtures.js';
import { AccountabilityMapPage } from './pages/accountability-map-page.js';
import { AppShell } from './pages/app-shell.js';
import { InboxPage } from './pages/inbox-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { loadDemo } from './support/promise-api.js';

test("the demo organization's accountability map shows who promises what to whom", async ({ page }) => {
  await loadDemo(page);
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn('ceo@demo.accord.test', 'accord-demo');
  await expect(new InboxPage(page).heading).toBeVisible();

  await new AppShell(page).goTo('Map');
  const map = new AccountabilityMapPage(page);
  await expect(map.heading).toBeVisible();
  await expect(map.edge('Board', 'Ada Okafor', '3 years')).toHaveCount(1);
  await expect(map.edge('Ada Okafor', 'Lin Wei', '1 year')).toHaveCount(1);
  await expect(map.edge('Ada Okafor', 'Priya Nair', '1 year')).toHaveCount(1);
  await expect(map.edge('Priya Nair', 'Sam Rivera', 'Quarter')).not.toHaveCount(0);
  await expect(map.edge('Priya Nair', 'Jo Tanaka', 'Quarter')).not.toHaveCount(0);
  await expect(map.edge('Lin Wei', 'Sam Rivera', 'Quarter')).not.toHaveCount(0);
  // A declined promise makes no accountability.
  await expect(map.edge('Ada Okafor', 'Engineering', '1 year')).toHaveCount(0);

  // The graph links to the promise too.
  await page
    .getByRole('link', { name: /Make the company awesome/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Make the company awesome', level: 1 })).toBeVisible();
});
