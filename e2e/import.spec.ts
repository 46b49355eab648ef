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

test('an owner chooses the columns of a spreadsheet of their own, imports it, and finds them kept', async ({
  page,
  owner,
}) => {
  const shell = new AppShell(page);
  await shell.goTo('Import');
  const sheet = {
    name: 'our-goals.csv',
    text: [
      'Objective,Lead,Quarter,"Deadline, if any"',
      `Ship the importer,${owner.email},Q1 2027,2027-03-31`,
      `"Win back churned teams, twice",${owner.email},Q1 2027,`,
    ].join('\n'),
  };
  const importing = new ImportPage(page);
  await importing.check(sheet);
  // The columns come from the file; the fields are guessed from their names where they can be.
  await expect(importing.column('Title (required)')).toHaveValue('Objective');
  await expect(importing.column('Time period')).toHaveValue('Quarter');
  await expect(importing.column('Owner email (required)')).toHaveValue('');
  await expect(importing.problems.getByRole('listitem')).toHaveText([
    'Error: our-goals.csv, row 1: Choose the column that holds Owner email: it is required',
  ]);
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await expectAccessible(page, 'the column mapping');

  await importing.chooseColumn('Owner email (required)', 'Lead');
  await importing.chooseColumn('Due date', 'Deadline, if any');
  await importing.checkAgain();
  await expect(importing.problems).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'First objectives' }).getByRole('listitem')).toHaveCount(2);
  await importing.confirm();
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported: 2 new, 0 updated, 0 unchanged.' }),
  ).toBeVisible();

  await shell.goTo('Promises');
  await expect(page.getByRole('link', { name: 'Ship the importer' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Win back churned teams, twice' })).toBeVisible();

  // Next time, the columns chosen are offered again.
  await shell.goTo('Import');
  await importing.check(sheet);
  await expect(importing.column('Owner email (required)')).toHaveValue('Lead');
  await expect(importing.column('Due date')).toHaveValue('Deadline, if any');
  await expect(importing.problems).toHaveCount(0);
  // Importing it again would match the two promises it wrote, not create them twice.
  await expect(importing.counts.getByRole('row', { name: /^promises/ }).getByRole('cell')).toHaveText([
    '0',
    '2',
  ]);
  await expectAccessible(page, 'the mapping kept from last time');
});
