import type { CalendarDate } from '../planning/calendar-date.js';
import type { CheckInStatus } from '../scoring/check-in.js';
import type {
  DraftCheckIn,
  DraftKeyResult,
  DraftObjective,
  DraftParent,
  ImportDraft,
  ImportSource,
  Place,
  Problem,
} from './draft.js';
import type { HorizonPlan } from './periods.js';

/** Who a promise is between, before the ids are known: a person by email, a team by name. */
export type PartyPlan = { type: 'person'; email: string } | { type: 'team'; name: string };

export type PlanAction = 'create' | 'match';

export interface PlannedPerson {
  place: Place;
  email: string;
  name: string;
  isAdmin: boolean;
  action: PlanAction;
}

export interface PlannedTeam {
  place: Place;
  name: string;
  leadEmails: string[];
  memberEmails: string[];
  action: PlanAction;
}

export interface PlannedCycle {
  /** The period's name in lower case: how objectives refer to it and how a cycle is matched. */
  key: string;
  name: string;
  start: CalendarDate;
  end: CalendarDate;
  horizon: HorizonPlan;
  parentKey: string | null;
  state: 'planning' | 'active' | 'closed';
  action: PlanAction;
}

/**
 * Where the promise ends up: opened and agreed, then reported, assessed (satisfied) or ended as
 * the source's status and its period's close say; a draft stays a draft.
 */
export const PROMISE_OUTCOMES = ['draft', 'promised', 'reported', 'satisfied', 'ended', 'withdrawn'] as const;
export type PromiseOutcome = (typeof PROMISE_OUTCOMES)[number];

export interface PlannedPromise {
  place: Place;
  sourceId: string;
  action: 'create' | 'update';
  title: string;
  description: string;
  cycleKey: string;
  dueDate: CalendarDate;
  performer: PartyPlan;
  customer: PartyPlan;
  tags: string[];
  outcome: PromiseOutcome;
  progressStatus: CheckInStatus | null;
  keyResults: DraftKeyResult[];
  checkIns: DraftCheckIn[];
}

export interface PlannedContribution {
  fromSourceId: string;
  toSourceId: string;
  weight: number;
}

export const IMPORT_KINDS = [
  'people',
  'teams',
  'cycles',
  'promises',
  'keyResults',
  'contributions',
  'checkIns',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type ImportCounts = Record<ImportKind, { create: number; match: number }>;

export interface ImportPlan {
  source: ImportSource;
  people: PlannedPerson[];
  teams: PlannedTeam[];
  cycles: PlannedCycle[];
  promises: PlannedPromise[];
  contributions: PlannedContribution[];
  problems: Problem[];
  counts: ImportCounts;
  /** Rows left out because they have errors (only when the person chose to skip them). */
  skippedRows: number;
  /** Errors remain and the person did not choose to skip their rows: nothing may be written. */
  isBlocked: boolean;
}

/** What the organization already holds, as far as this file names it. */
export interface ImportContext {
  today: CalendarDate;
  organizationName: string;
  /** Members of the organization, by lower-case email. */
  people: ReadonlyMap<string, { name: string }>;
  /** Teams of the organization, by lower-case name, with their leads' emails. */
  teams: ReadonlyMap<string, { name: string; leadEmails: readonly string[] }>;
  /** Cycles of the organization, by lower-case name. */
  cycles: ReadonlyMap<string, { name: string; start: CalendarDate; end: CalendarDate }>;
  /** Objectives imported before from this source, by source id. */
  importedObjectives: ReadonlySet<string>;
  /** The customer of a promise with no parent and no team lead: a chosen person, or the importer. */
  defaultCustomerEmail: string;
  skipInvalidRows: boolean;
}

export type { DraftObjective, DraftParent, ImportDraft };
