import { emptyDraft, type ImportDraft, type Sheet, type SheetRow } from './draft.js';
import { ALLY_OKR_COLUMNS, type ColumnMapping, readObjectiveRows } from './objective-rows.js';
import { cellList, cellText, parseYes } from './values.js';

/**
 * The Ally.io import templates: the OKRs sheet (one row per objective, key result or project), the
 * Teams sheet and the Users sheet. Each is optional; people and teams may exist in Accord already.
 */

const key = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

function cell(row: SheetRow, ...names: string[]): { text: string; column: string | undefined } {
  const wanted = new Set(names.map(key));
  for (const [header, value] of Object.entries(row.cells)) {
    if (wanted.has(key(header))) return { text: cellText(value), column: header };
  }
  return { text: '', column: undefined };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function readUsersSheet(sheet: Sheet, draft: ImportDraft): void {
  for (const row of sheet.rows) {
    const email = cell(row, 'User Email', 'Email');
    const name = cell(row, 'User Name', 'Name');
    if (email.text === '' && name.text === '') continue;
    const place = { file: sheet.file, row: row.row };
    if (!EMAIL.test(email.text)) {
      draft.problems.push({
        ...place,
        column: email.column ?? 'User Email',
        severity: 'error',
        message: email.text === '' ? 'The email is empty' : `"${email.text}" is not an email address`,
      });
      continue;
    }
    const teams = cell(row, 'Teams', 'Team');
    const manager = cell(row, 'Manager Email');
    draft.people.push({
      place,
      email: email.text.toLowerCase(),
      name: name.text || email.text.split('@')[0]!,
      teams: cellList(teams.text),
      managerEmail: manager.text === '' ? null : manager.text.toLowerCase(),
      isAdmin: parseYes(cell(row, 'Is Org Admin', 'Admin').text),
    });
  }
}

export function readTeamsSheet(sheet: Sheet, draft: ImportDraft): void {
  for (const row of sheet.rows) {
    const name = cell(row, 'Team Name', 'Name');
    if (name.text === '') {
      if (Object.values(row.cells).some((value) => cellText(value) !== '')) {
        draft.problems.push({
          file: sheet.file,
          row: row.row,
          column: name.column ?? 'Team Name',
          severity: 'error',
          message: 'The team name is empty',
        });
      }
      continue;
    }
    const lead = cell(row, 'Owner Email', 'Lead Email');
    const parent = cell(row, 'Parent Team');
    draft.teams.push({
      place: { file: sheet.file, row: row.row },
      sourceId: name.text,
      name: name.text.slice(0, 100),
      leadEmail: lead.text === '' ? null : lead.text.toLowerCase(),
      parentName: parent.text === '' ? null : parent.text,
    });
  }
}

export interface AllySheets {
  okrs?: Sheet;
  teams?: Sheet;
  users?: Sheet;
}

/** Which template a sheet is, by its name or its headers. */
export function allySheetKind(name: string, headers: readonly string[]): keyof AllySheets | null {
  const lower = name.toLowerCase();
  const has = (header: string) => headers.some((h) => key(h) === key(header));
  if (/user/.test(lower) || has('User Email')) return 'users';
  if (/team/.test(lower) || has('Team Name')) return 'teams';
  if (/okr|objective|goal/.test(lower) || has('Row ID') || has('Title')) return 'okrs';
  return null;
}

export function allyDraft(sheets: AllySheets, mapping: ColumnMapping = ALLY_OKR_COLUMNS): ImportDraft {
  const draft = emptyDraft('ally');
  if (sheets.users) readUsersSheet(sheets.users, draft);
  if (sheets.teams) readTeamsSheet(sheets.teams, draft);
  if (sheets.okrs) readObjectiveRows(sheets.okrs, mapping, draft);
  return draft;
}

/** A spreadsheet of the person's own with their column mapping. */
export function mappedDraft(sheet: Sheet, mapping: ColumnMapping): ImportDraft {
  const draft = emptyDraft('csv');
  readObjectiveRows(sheet, mapping, draft);
  return draft;
}
