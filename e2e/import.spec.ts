import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { ImportPage } from './pages/import-page.js';
import { expectAccessible } from './support/axe.js';

test('an owner imports an Ally.io sheet through the dry run to the result', async ({ page, owner }) => {
  await new AppShell(page).goTo('Import');
  await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();
  const sheet = {
    name: 'okrs.csv',
    text: [
      'Row ID,Title,Parent,Owner Email,Time Period',
      `1,Grow revenue,,${owner.email},FY2027`,
      `2,Win customers,1,${owner.email},Q1 2027`,
      `3,Lost child,9,${owner.email},Q1 2027`,
    ].join('\n'),
  };
  const importing = new ImportPage(page);
  await importing.check(sheet);
  await expect(importing.problems.getByRole('listitem')).toHaveText([
    'Error: okrs.csv, row 4, Parent: Parent 9 does not exist',
  ]);
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await expectAccessible(page, 'the import preview');

  await importing.check(sheet, { skipInvalid: true });
  await expect(
    page.getByRole('list', { name: 'First objectives' }).getByRole('listitem').first(),
  ).toContainText('Grow revenue');
  await importing.confirm();
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported: 2 new, 0 updated, 0 unchanged.' }),
  ).toBeVisible();
  await expectAccessible(page, 'the import result');
});
