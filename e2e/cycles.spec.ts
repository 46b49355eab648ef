import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { CyclesPage } from './pages/cycles-page.js';
import { expectAccessible } from './support/axe.js';

test('an owner creates a year and its first quarter, is told why an overlapping year is refused, and sets the cadence', async ({
  page,
  owner: _owner,
}) => {
  await new AppShell(page).goTo('Cycles');
  const cycles = new CyclesPage(page);
  await cycles.createCycle({
    horizon: '1 year',
    name: 'FY2031',
    startDate: '2031-01-01',
    endDate: '2031-12-31',
  });
  await expect(cycles.dialog).toBeHidden();
  await expect(cycles.horizon('1 year').getByRole('rowheader', { name: 'FY2031' })).toBeVisible();

  await cycles.createCycle({
    horizon: 'Quarter',
    within: 'FY2031 (1 year)',
    name: 'FY2031-Q1',
    startDate: '2031-01-01',
    endDate: '2031-03-31',
  });
  await expect(cycles.dialog).toBeHidden();
  await expect(cycles.cycle('FY2031-Q1')).toContainText('FY2031');
  await expect(cycles.cycle('FY2031-Q1')).toContainText('Planning');

  await cycles.createCycle({
    horizon: '1 year',
    name: 'FY2031-bis',
    startDate: '2031-07-01',
    endDate: '2032-06-30',
  });
  await expect(cycles.dialog.getByRole('alert')).toContainText(
    'The cycle overlaps FY2031 (2031-01-01 to 2031-12-31)',
  );
  await expectAccessible(page, 'the new cycle dialog with its error');
  await cycles.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(cycles.cycle('FY2031-bis')).toHaveCount(0);

  await cycles.setCadence('FY2031-Q1', 'Every two weeks');
  await expect(page.getByText('FY2031-Q1: check-ins every two weeks')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Check-in cadence of FY2031-Q1')).toHaveValue('biweekly');
  await expectAccessible(page, 'the cycles page');
});
