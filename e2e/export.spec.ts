import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { ExportPage } from './pages/export-page.js';
import { expectAccessible } from './support/axe.js';
import { apiGet, createCurrentCycles } from './support/promise-api.js';

test('an owner downloads the organization as an archive and a cycle as a report', async ({ page, owner }) => {
  const cycles = await createCurrentCycles(page);
  await new AppShell(page).goTo('Export');
  const exports = new ExportPage(page);
  await exports.expectShown();
  await expectAccessible(page, 'the export page');

  const archive = await exports.download('Download the archive (JSON)');
  expect(archive.name).toMatch(/^accord-archive-\d{4}-\d{2}-\d{2}\.json$/);
  const body = JSON.parse(archive.text) as {
    format: string;
    tables: { people: Array<{ email: string }>; cycles: Array<{ name: string }> };
  };
  expect(body.format).toBe('accord-archive');
  expect(body.tables.people.map((person) => person.email)).toEqual([owner.email]);
  expect(body.tables.cycles.map((cycle) => cycle.name)).toContain(cycles.quarter);

  const people = await exports.download('People (CSV)');
  expect(people.text).toContain(owner.email);

  await exports.chooseCycle(cycles.quarter);
  const report = await exports.download('Download the report (Markdown)');
  expect(report.text).toMatch(new RegExp(`^# ${cycles.quarter}`));
  await expectAccessible(page, 'the export page with a cycle chosen');

  // The cycle review offers the same report.
  const listed = await apiGet<{ cycles: Array<{ id: string; name: string }> }>(page, '/api/v1/cycles');
  const quarter = listed.cycles.find((cycle) => cycle.name === cycles.quarter);
  await page.goto(`/cycles/${quarter?.id}/review`);
  await expect(page.getByRole('heading', { name: `Review of ${cycles.quarter}`, level: 1 })).toBeVisible();
  const fromReview = await exports.download('Download the report (Markdown)');
  expect(fromReview.text).toBe(report.text);
  await expectAccessible(page, 'the cycle review with its report link');
});
