import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { CyclesPage } from './pages/cycles-page.js';
import { NewPromisePage } from './pages/new-promise-page.js';
import { PromisePage } from './pages/promise-page.js';
import { expectAccessible } from './support/axe.js';
import { apiPost, horizonId } from './support/promise-api.js';

// West of UTC, where midnight UTC on the 31st is still the 30th: a calendar date read as an
// instant shows the day before. The locale fixes how the dates are written.
test.use({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });

test('cycle dates and due dates show as stored to someone west of UTC', async ({ page, owner }) => {
  // Stored through the API: a year, its last quarter, and a promise due on the quarter's last day.
  const year = await apiPost<{ id: string }>(page, '/api/v1/cycles', {
    name: 'FY2031',
    horizonId: await horizonId(page, '1y'),
    startDate: '2031-01-01',
    endDate: '2031-12-31',
  });
  const quarter = await apiPost<{ id: string }>(page, '/api/v1/cycles', {
    name: 'FY2031-Q4',
    horizonId: await horizonId(page, 'quarter'),
    parentId: year.id,
    startDate: '2031-10-01',
    endDate: '2031-12-31',
  });
  const platform = await apiPost<{ id: string }>(page, '/api/v1/teams', { name: 'Platform' });
  const promise = await apiPost<{ id: string }>(page, '/api/v1/promises', {
    cycleId: quarter.id,
    customer: { type: 'person', id: owner.personId },
    performers: [{ type: 'team', id: platform.id }],
    title: 'Ship the new year release',
    dueDate: '2031-12-31',
    open: 'request',
  });

  await new AppShell(page).goTo('Cycles');
  const cycles = new CyclesPage(page);
  await expect(
    cycles.cycle('FY2031').getByRole('cell', { name: 'Jan 1, 2031 – Dec 31, 2031' }),
  ).toBeVisible();
  await expect(
    cycles.cycle('FY2031-Q4').getByRole('cell', { name: 'Oct 1, 2031 – Dec 31, 2031' }),
  ).toBeVisible();

  await new AppShell(page).goTo('Promises');
  const listed = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Ship the new year release' }) });
  await expect(listed.getByRole('cell', { name: 'Dec 31, 2031', exact: true })).toBeVisible();
  await expectAccessible(page, 'the promise list');

  await page.goto(`/promises/${promise.id}`);
  const promisePage = new PromisePage(page);
  await expect(promisePage.heading('Ship the new year release')).toBeVisible();
  const due = page.getByRole('term').filter({ hasText: /^Due$/ });
  await expect(due.locator('xpath=following-sibling::*[1]')).toHaveText('Dec 31, 2031');
  await expectAccessible(page, 'the promise page');

  // Choosing the cycle of a new promise names its days and proposes its last day as the due date.
  const newPromise = new NewPromisePage(page);
  await newPromise.open();
  await newPromise.chooseCycle('FY2031-Q4');
  await expect(
    newPromise.form.getByRole('combobox', { name: 'Cycle', exact: true }),
  ).toHaveAccessibleDescription('Quarter: Oct 1, 2031 – Dec 31, 2031');
  await expect(newPromise.form.getByRole('textbox', { name: 'Due date', exact: true })).toHaveValue(
    '2031-12-31',
  );
});
