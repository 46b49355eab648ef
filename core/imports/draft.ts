import type { CalendarDate } from '../planning/calendar-date.js';
import type { CheckInStatus } from '../scoring/check-in.js';
import type { UnitKind } from '../scoring/key-result.js';
import type { CellValue } from './values.js';

/**
 * What a source (a Viva Goals export, the Ally.io templates, a mapped spreadsheet) says, before it
 * is checked against itself and the organization: every object keeps where it was read, so that a
 * problem names its file, row and column.
 */

export const IMPORT_SOURCES = ['viva', 'ally', 'csv'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

/** Where a value was read: a file (or a sheet of a workbook), a row (1 is the header) and a column. */
export interface Place {
  file: string;
  row?: number;
  column?: string;
}

export type ProblemSeverity = 'error' | 'warning';

export interface Problem extends Place {
  severity: ProblemSeverity;
  message: string;
}

/** One row of a sheet: its number as the spreadsheet shows it, and its cells by column header. */
export interface SheetRow {
  row: number;
  cells: Readonly<Record<string, CellValue>>;
}

export interface Sheet {
  /** The file, and the sheet of a workbook: "okrs.xlsx › OKRs". */
  file: string;
  /** The header row as read, when it is known: a sheet with no rows below it still has its columns. */
  headers?: readonly string[];
  rows: readonly SheetRow[];
}

export interface DraftPerson {
  place: Place;
  email: string;
  name: string;
  teams: string[];
  managerEmail: string | null;
  isAdmin: boolean;
}

export interface DraftTeam {
  place: Place;
  sourceId: string;
  name: string;
  leadEmail: string | null;
  parentName: string | null;
}

/** A time period of the source; its dates may be unknown (Ally's sheet names a period only). */
export interface DraftPeriod {
  place: Place;
  sourceId: string;
  name: string;
  start: CalendarDate | null;
  end: CalendarDate | null;
}

export type DraftKeyResult =
  | {
      sourceId: string;
      place: Place;
      title: string;
      kind: 'milestone';
      done: boolean;
      weight: number | null;
    }
  | {
      sourceId: string;
      place: Place;
      title: string;
      kind: 'metric';
      unitKind: UnitKind;
      unit: string;
      start: string;
      target: string;
      current: string | null;
      weight: number | null;
    };

/** How the source said the objective went: its status, folded into a few groups. */
export const SOURCE_STATUSES = ['draft', 'open', 'completed', 'cancelled'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

export interface DraftCheckIn {
  place: Place;
  sourceId: string;
  /** The key result it measures, by source id; null for a note on the objective as a whole. */
  keyResultSourceId: string | null;
  at: string;
  authorEmail: string | null;
  value: string | null;
  note: string;
  status: CheckInStatus | null;
}

/** Who owns an objective: a person by email, a team by name, or the organization itself. */
export type DraftOwner = { type: 'person'; email: string } | { type: 'team'; name: string };

export interface DraftParent {
  sourceId: string;
  weight: number;
}

export interface DraftObjective {
  place: Place;
  sourceId: string;
  title: string;
  description: string;
  owner: DraftOwner | null;
  /** The owning team when the owner is a person who owns it on a team's behalf. */
  team: string | null;
  periodSourceId: string | null;
  startDate: CalendarDate | null;
  dueDate: CalendarDate | null;
  parents: DraftParent[];
  keyResults: DraftKeyResult[];
  commitment: 'committed' | 'aspirational' | null;
  status: SourceStatus;
  progressStatus: CheckInStatus | null;
  checkIns: DraftCheckIn[];
}

export interface ImportDraft {
  source: ImportSource;
  people: DraftPerson[];
  teams: DraftTeam[];
  periods: DraftPeriod[];
  objectives: DraftObjective[];
  problems: Problem[];
}

export function emptyDraft(source: ImportSource): ImportDraft {
  return { source, people: [], teams: [], periods: [], objectives: [], problems: [] };
}

/** "okrs.csv, row 14, column Parent: Parent 9 does not exist" */
export function describeProblem(problem: Problem): string {
  const where = [
    problem.file,
    problem.row !== undefined ? `row ${problem.row}` : null,
    problem.column ? `column ${problem.column}` : null,
  ].filter((part) => part !== null);
  return `${where.join(', ')}: ${problem.message}`;
}
