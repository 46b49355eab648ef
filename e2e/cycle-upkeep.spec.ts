import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { CyclesPage } from './pages/cycles-page.js';
import { apiGet, apiPost, horizonId } from './support/promise-api.js';

test('an owner renames and redates a cycle in planning, deletes an empty one, archives a closed one and brings it back', async ({
  page,
  owner: _owner,
}) => {
  const year = await apiPost<{ id: string }>(page, '/api/v1/cycles', {
    name: 'FY2031',
    horizonId: await horizonId(page, '1y'),
    startDate: '2031-01-01',
    endDate: '2031-12-31',
  });
  const quarter = await horizonId(page, 'quarter');
  for (const [name, startDate, endDate] of [
    ['FY2031-Q1', '2031-01-01', '2031-03-31'],
    ['FY2031-Q2', '2031-04-01', '2031-06-30'],
  ] as const) {
    await apiPost(page, '/api/v1/cycles', {
      name,
      horizonId: quarter,
      parentId: year.id,
      startDate,
      endDate,
    });
  }
  await new AppShell(page).goTo('Cycles');
  const cycles = new CyclesPage(page);

  // Redating into the first quarter is refused, with the reason in the dialog.
  await cycles.editCycle('FY2031-Q2', { startDate: '2031-03-15' });
  await expect(cycles.editDialog('FY2031-Q2').getByRole('alert')).toContainText(
    'The cycle overlaps FY2031-Q1',
  );
  await cycles.editDialog('FY2031-Q2').getByLabel('Start date').fill('2031-04-01');
  await cycles
    .editDialog('FY2031-Q2')
    .getByRole('textbox', { name: 'Name', exact: true })
    .fill('FY2031 spring');
  await cycles.editDialog('FY2031-Q2').getByRole('button', { name: 'Save cycle' }).click();
  await expect(cycles.editDialog('FY2031-Q2')).toBeHidden();
  await expect(cycles.cycle('FY2031 spring')).toBeVisible();

  // The year holds quarters: deleting it is refused and says why; an empty quarter goes.
  await cycles.action('Delete', 'FY2031').click();
  const refusal = page.getByRole('dialog', { name: 'Delete FY2031?' });
  await refusal.getByRole('button', { name: 'Delete cycle' }).click();
  await expect(refusal.getByRole('alert')).toContainText('FY2031 has cycles within it');
  await refusal.getByRole('button', { name: 'Cancel' }).click();
  await cycles.deleteCycle('FY2031 spring');
  await expect(cycles.cycle('FY2031 spring')).toHaveCount(0);

  // A closed quarter is archived out of the list, and brought back from the archived ones.
  await expect(cycles.action('Archive', 'FY2031-Q1')).toHaveCount(0);
  const { cycles: listed } = await apiGet<{ cycles: Array<{ id: string; name: string }> }>(
    page,
    '/api/v1/cycles',
  );
  const q1 = listed.find((cycle) => cycle.name === 'FY2031-Q1')!;
  for (const to of ['active', 'reviewing', 'closed']) {
    await apiPost(page, `/api/v1/cycles/${q1.id}/transitions`, { to });
  }
  await page.reload();
  await cycles.action('Archive', 'FY2031-Q1').click();
  await expect(cycles.cycle('FY2031-Q1')).toHaveCount(0);
  await cycles.showArchived(true);
  await expect(cycles.cycle('FY2031-Q1')).toContainText('Archived');
  await cycles.action('Bring back', 'FY2031-Q1').click();
  await cycles.showArchived(false);
  await expect(cycles.cycle('FY2031-Q1')).toBeVisible();
});
