import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { ReviewPage } from './pages/review-page.js';
import { expectAccessible } from './support/axe.js';

test('the CEO of the demo organization reads the dashboard, narrows it to a person and opens the review', async ({
  page,
  demo,
}) => {
  await new AppShell(page).goTo('Dashboard');
  const dashboard = new DashboardPage(page);
  await expect(dashboard.heading).toBeVisible();
  // The current cycle is chosen for us; the demo's year holds all its promises.
  await expect(dashboard.cycle).not.toHaveValue('');
  const year = `FY${new Date().getUTCFullYear()}`;
  await dashboard.chooseCycle(`${year} (1 year)`);
  await expect(dashboard.cycle).toHaveValue(`${year} (1 year)`);

  // What needs attention links to the promise.
  await expect(dashboard.atRisk.getByRole('link', { name: 'Ship an awesome product' })).toBeVisible();
  await expect(dashboard.atRisk.getByRole('link', { name: 'Polish the settings page' })).toBeVisible();
  await expect(dashboard.stat('Need attention')).not.toContainText(/^0/);

  // Every chart can be read as a table.
  const phases = await dashboard.chartData('Promises by phase');
  for (const phase of ['Q1 Listen', 'Q2 Negotiate', 'Q3 Execute', 'Q4 Assess', 'Closed']) {
    await expect(phases.getByRole('rowheader', { name: phase })).toBeVisible();
  }
  const statuses = await dashboard.chartData('Promises being kept, by check-in status');
  await expect(statuses.getByRole('row').filter({ hasText: 'At risk' })).toContainText('2');
  const overTime = await dashboard.chartData('Average score over time');
  await expect(overTime.getByRole('row').nth(1)).toBeVisible();
  await expectAccessible(page, 'the dashboard');

  // Narrowed to one engineer, only the promise they keep is at risk.
  await dashboard.chooseScope(demo.people.engineer1.name);
  await expect(dashboard.atRisk.getByRole('link', { name: 'Ship an awesome product' })).toBeHidden();
  await expect(dashboard.atRisk.getByRole('link', { name: 'Polish the settings page' })).toBeVisible();
  await expect(page).toHaveURL(/personId=/);

  // The review of the cycle keeps what was said no to, with the reason.
  await dashboard.chooseScope('Whole organization');
  await dashboard.reviewLink.click();
  const review = new ReviewPage(page);
  await expect(review.heading(year)).toBeVisible();
  await expect(review.endedPromise('Launch a mobile app')).toContainText('Capacity');
  await expect(review.keptPromise('Move the database to PostgreSQL')).toContainText('Satisfied');
  await expectAccessible(page, 'the cycle review');

  // A promise at risk opens from the dashboard.
  await page.goBack();
  await dashboard.atRisk.getByRole('link', { name: 'Ship an awesome product' }).click();
  await expect(page.getByRole('heading', { name: 'Ship an awesome product', level: 1 })).toBeVisible();
});
