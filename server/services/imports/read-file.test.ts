import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../core/imports/index.js';
import { readImportFile } from './read-file.js';

async function workbook(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('reading an import file', () => {
  it('reads a CSV with quoted lines, a byte order mark and semicolons', async () => {
    const csv =
      '\ufeffRow ID;Title;Parent;Owner Email;Time Period\n1;Grow;;ada@example.com;Q1 2025\n2;"Sell, a lot";"1\n3";bo@example.com;Q1 2025\n';
    const { source, draft } = await readImportFile({ fileName: 'okrs.csv', bytes: strToU8(csv) });
    expect(source).toBe('ally');
    expect(draft.objectives.map((o) => [o.title, o.parents.map((p) => p.sourceId)])).toEqual([
      ['Grow', []],
      ['Sell, a lot', ['1', '3']],
    ]);
  });

  it('reads every sheet of an Ally.io workbook, with dates, numbers and rich text', async () => {
    const bytes = await workbook({
      Users: [
        ['User Name', 'User Email', 'Teams', 'Manager Email', 'Is Org Admin'],
        ['Ada', 'ada@example.com', 'Sales', '', 'Yes'],
      ],
      Teams: [
        ['Team Name', 'Owner Email', 'Parent Team', 'Team Type'],
        ['Sales', 'ada@example.com', '', 'Department'],
      ],
      OKRs: [
        [
          'Row ID',
          'Title',
          'Parent',
          'Entity',
          'Owner Email',
          'Time Period',
          'Start Date',
          'Due Date',
          'Metric Type',
          'Start',
          'Target',
        ],
        [
          1,
          { richText: [{ text: 'Grow ' }, { text: 'revenue' }] },
          '',
          'Sales',
          'ada@example.com',
          'FY2025',
          new Date(Date.UTC(2025, 0, 1)),
          new Date(Date.UTC(2025, 11, 31)),
          'Currency',
          0,
          '1,000,000',
        ],
      ],
    });
    const { source, draft } = await readImportFile({ fileName: 'ally.xlsx', bytes });
    expect(source).toBe('ally');
    expect(draft.people.map((p) => p.email)).toEqual(['ada@example.com']);
    expect(draft.teams.map((t) => t.name)).toEqual(['Sales']);
    expect(draft.objectives[0]).toMatchObject({
      title: 'Grow revenue',
      startDate: '2025-01-01',
      dueDate: '2025-12-31',
    });
    expect(draft.objectives[0]?.keyResults[0]).toMatchObject({ unitKind: 'currency', target: '1000000' });
    expect(draft.problems).toEqual([]);
  });

  it('reads a Viva Goals export ZIP of JSON files', async () => {
    const bytes = zipSync({
      'export/Users.json': strToU8(
        JSON.stringify([{ id: 'u1', email: 'ada@example.com', displayName: 'Ada' }]),
      ),
      'export/Objectives.json': strToU8(
        JSON.stringify({ value: [{ id: 'o1', title: 'Grow', ownerId: 'u1', timePeriod: 'Q1 2025' }] }),
      ),
      'export/readme.txt': strToU8('ignored'),
    });
    const { source, draft } = await readImportFile({ fileName: 'viva.zip', bytes });
    expect(source).toBe('viva');
    expect(draft.objectives[0]).toMatchObject({
      title: 'Grow',
      owner: { email: 'ada@example.com' },
      periodSourceId: 'Q1 2025',
    });
  });

  it('reads the Viva Goals Explorer export', async () => {
    const csv =
      'Id,Title,Type,Parent Ids,Owner Email,Time Period,End Date,Status\no1,Grow,Objective,,ada@example.com,Q1 2025,3/31/2025,Completed\n';
    const { source, draft } = await readImportFile({ fileName: 'explorer.csv', bytes: strToU8(csv) });
    expect(source).toBe('viva');
    expect(draft.objectives[0]).toMatchObject({ sourceId: 'o1', status: 'completed', dueDate: '2025-03-31' });
  });

  it('names the row of a problem in a workbook as the spreadsheet shows it', async () => {
    const bytes = await workbook({
      Goals: [
        ['Goal', 'Who', 'Deadline'],
        ['A', 'ada@example.com', 'soon'],
        [],
        ['B', 'bo@example.com', 'later'],
      ],
    });
    const { draft } = await readImportFile({
      fileName: 'mine.xlsx',
      bytes,
      source: 'csv',
      mapping: { title: 'Goal', ownerEmail: 'Who', dueDate: 'Deadline' },
    });
    expect(draft.problems.map(describeProblem)).toEqual([
      'mine.xlsx › Goals, row 2, column Deadline: Due date "soon" is not a date (write it as 2025-03-31 or 3/31/2025)',
      'mine.xlsx › Goals, row 4, column Deadline: Due date "later" is not a date (write it as 2025-03-31 or 3/31/2025)',
    ]);
  });

  it('refuses what it cannot read, saying why', async () => {
    await expect(readImportFile({ fileName: 'x.zip', bytes: strToU8('not a zip') })).rejects.toThrow(
      'is not a ZIP file',
    );
    await expect(readImportFile({ fileName: 'x.xlsx', bytes: strToU8('PK nonsense') })).rejects.toThrow(
      'is not an XLSX workbook',
    );
  });

  it('answers the headers of a spreadsheet of ones own, and the fields it could not map', async () => {
    const read = await readImportFile({
      fileName: 'x.csv',
      bytes: strToU8('Objective,Lead,Due Date\n'),
      source: 'csv',
    });
    expect(read.columns).toEqual({
      headers: ['Objective', 'Lead', 'Due Date'],
      mapping: { title: 'Objective', dueDate: 'Due Date' },
      unmapped: expect.arrayContaining(['ownerEmail', 'parent']),
      missing: ['ownerEmail'],
    });
    expect(read.draft.problems.map((p) => p.message)).toEqual([
      'Choose the column that holds Owner email: it is required',
    ]);
    const saved = await readImportFile({
      fileName: 'x.csv',
      bytes: strToU8('Objective,Lead,Due Date\n'),
      source: 'csv',
      savedMapping: { title: 'Objective', ownerEmail: 'lead' },
    });
    expect(saved.columns?.missing).toEqual([]);
    expect(saved.columns?.mapping).toEqual({ title: 'Objective', ownerEmail: 'Lead', dueDate: 'Due Date' });
  });
});
