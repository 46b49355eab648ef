import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { PlanningPage } from './pages/planning-page.js';
import { PromisePage } from './pages/promise-page.js';
import { StrategyDebuggerPage } from './pages/strategy-debugger-page.js';
import { expectAccessible } from './support/axe.js';
import { ask, createFutureQuarter, createTeam } from './support/planning-setup.js';
import { call } from './support/promise-api.js';

test('a lead opens the strategy debugger, follows a finding to its move, makes it, and the finding is gone', async ({
  page,
  owner,
}) => {
  // The scene, through the API: Platform can take one promise this quarter and is asked for two.
  const product = await createTeam(page, 'Product', [owner.personId]);
  const platform = await createTeam(page, 'Platform', [owner.personId]);
  const cycle = await createFutureQuarter(page);
  await call(page, 'PUT', `/api/v1/teams/${platform.id}/capacity`, {
    cycleId: cycle.id,
    unit: 'promises',
    amount: 1,
  });
  await ask(page, cycle, product.id, platform.id, 'Single sign-on for enterprise');
  await ask(page, cycle, product.id, platform.id, 'Audit log export');

  // The planning board and the dashboard count the open findings and lead to the debugger.
  const planning = new PlanningPage(page);
  await planning.openFromNavigation();
  await planning.chooseCycle(cycle.name);
  await expect(planning.findings.getByRole('link', { name: '1 open finding' })).toBeVisible();
  await expectAccessible(page, 'the planning board');
  await new AppShell(page).goTo('Dashboard');
  await expect(page.getByRole('link', { name: '1 open finding' })).toBeVisible();
  await expectAccessible(page, 'the dashboard');
  await page.getByRole('link', { name: '1 open finding' }).click();
  const debugger_ = new StrategyDebuggerPage(page);
  await expect(debugger_.heading).toBeVisible();
  const overAsked = debugger_.kind('Teams asked for more than they can do');
  await expect(overAsked).toContainText('capacity is a good reason to decline');
  const finding = debugger_.finding('Platform has accepted 0 promises');
  await expect(finding).toContainText('Who should talk: Platform with Product');
  await expectAccessible(page, 'the strategy debugger');

  // The suggested move opens the decline form on the promise page, capacity already chosen.
  await debugger_.followSuggestedMove(finding, 'Decline for capacity');
  const promise = new PromisePage(page);
  await expect(promise.dialog).toBeVisible();
  await expect(promise.dialog.getByRole('radio', { name: 'Capacity' })).toBeChecked();
  await promise.dialog.getByLabel('Why').fill('Platform can take one promise this quarter.');
  await promise.dialog.getByRole('button', { name: 'Decline', exact: true }).click();
  await expect(promise.dialog).toBeHidden();
  await expect(page).not.toHaveURL(/move=/);
  await expect(promise.situation).toContainText(/declined/i);
  await expectAccessible(page, 'the promise page');

  await new AppShell(page).goTo('Strategy debugger');
  await expect(debugger_.nothingToLookInto).toBeVisible();
  await expect(debugger_.finding('Platform has accepted 0 promises')).toHaveCount(0);
});
