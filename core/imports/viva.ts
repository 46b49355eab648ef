import {
  type DraftKeyResult,
  type DraftObjective,
  emptyDraft,
  type ImportDraft,
  type Place,
} from './draft.js';
import { commitmentOfWord, isCurrencyUnit, metricKindOfWord, statusOfWord } from './source-terms.js';
import { type CellValue, parseDate, parseInstant, parseNumber } from './values.js';

/**
 * The Viva Goals export: a ZIP of JSON files, one array of records per kind (time periods, teams,
 * users, objectives with their key results and projects, check-ins). Field names vary between
 * export versions ("title" or "name", "ownerId" or "owner"), so each field is looked up under the
 * names seen; a record's place is its file and its position in the array (as "row").
 */

export type JsonRecord = Readonly<Record<string, unknown>>;

export interface VivaFiles {
  timePeriods: { file: string; records: readonly JsonRecord[] } | null;
  teams: { file: string; records: readonly JsonRecord[] } | null;
  users: { file: string; records: readonly JsonRecord[] } | null;
  objectives: { file: string; records: readonly JsonRecord[] } | null;
  checkIns: { file: string; records: readonly JsonRecord[] } | null;
}

/** Which kind a file of the ZIP holds, by its name. */
export function vivaFileKind(name: string): keyof VivaFiles | null {
  const base = name
    .toLowerCase()
    .replace(/^.*\//, '')
    .replace(/[\s_-]+/g, '');
  if (!base.endsWith('.json')) return null;
  if (base.includes('timeperiod') || base.includes('period')) return 'timePeriods';
  if (base.includes('checkin')) return 'checkIns';
  if (base.includes('team')) return 'teams';
  if (base.includes('user') || base.includes('member')) return 'users';
  if (base.includes('objective') || base.includes('okr') || base.includes('goal')) return 'objectives';
  return null;
}

/** The records of a JSON document: an array, or an object holding one (`value`, `items`, `data`). */
export function recordsOf(document: unknown): JsonRecord[] | null {
  const list = Array.isArray(document)
    ? document
    : document && typeof document === 'object'
      ? Object.values(document).find(Array.isArray)
      : null;
  if (!Array.isArray(list)) return null;
  return list.filter(
    (item): item is JsonRecord => item !== null && typeof item === 'object' && !Array.isArray(item),
  );
}

const normalKey = (key: string) => key.toLowerCase().replace(/[\s_-]+/g, '');

function field(record: JsonRecord, ...names: string[]): unknown {
  const wanted = names.map(normalKey);
  for (const [key, value] of Object.entries(record)) {
    if (wanted.includes(normalKey(key)) && value !== null && value !== undefined && value !== '')
      return value;
  }
  return undefined;
}

function text(record: JsonRecord, ...names: string[]): string {
  const value = field(record, ...names);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object') {
    const inner = value as JsonRecord;
    const named = field(inner, 'email', 'mail', 'userPrincipalName', 'id', 'name', 'title');
    return typeof named === 'string' || typeof named === 'number' ? String(named).trim() : '';
  }
  return '';
}

function list(record: JsonRecord, ...names: string[]): string[] {
  const value = field(record, ...names);
  if (Array.isArray(value)) {
    return value
      .map((item) => (item && typeof item === 'object' ? text({ item }, 'item') : String(item)))
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  return [];
}

const cell = (value: unknown): CellValue =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;

const placeOf = (file: string, index: number, column?: string): Place =>
  column ? { file, row: index + 1, column } : { file, row: index + 1 };

function vivaKeyResult(
  record: JsonRecord,
  file: string,
  index: number,
  draft: ImportDraft,
): DraftKeyResult | null {
  const place = placeOf(file, index);
  const outcome = (field(record, 'outcome', 'metric', 'measure') as JsonRecord | undefined) ?? record;
  const title = text(record, 'title', 'name');
  const sourceId = text(record, 'id') || `${file}#${index + 1}`;
  const weightValue = field(record, 'weight');
  const weight =
    typeof weightValue === 'number' && weightValue > 0 && weightValue <= 1000 ? weightValue : null;
  const metric = metricKindOfWord(text(outcome, 'metricType', 'type', 'outcomeType', 'kind'));
  const status = statusOfWord(text(record, 'status'));
  if (metric?.kind !== 'metric') {
    return { sourceId, place, title, kind: 'milestone', done: status?.status === 'completed', weight };
  }
  const number = (label: string, ...names: string[]) => {
    const value = field(outcome, ...names);
    if (value === undefined) return null;
    const parsed = parseNumber(cell(value));
    if (parsed.ok) return parsed.value;
    draft.problems.push({
      ...place,
      column: label,
      severity: 'error',
      message: `${label} ${parsed.message}`,
    });
    return null;
  };
  const target = number('target', 'target', 'targetValue');
  if (target === null) {
    draft.problems.push({
      ...place,
      column: 'target',
      severity: 'error',
      message: `The key result "${title}" has no target`,
    });
    return null;
  }
  const unit = text(outcome, 'unit', 'metricUnit', 'currency').slice(0, 20);
  return {
    sourceId,
    place,
    title,
    kind: 'metric',
    unitKind: metric.unitKind === 'number' && isCurrencyUnit(unit) ? 'currency' : metric.unitKind,
    unit: metric.unitKind === 'percent' && unit === '' ? '%' : unit,
    start: number('start', 'start', 'startValue', 'baseline') ?? '0',
    target,
    current: number('current', 'current', 'currentValue', 'value'),
    weight,
  };
}

/** The draft a Viva Goals export says, with user ids turned into emails. */
export function vivaDraft(files: VivaFiles): ImportDraft {
  const draft = emptyDraft('viva');
  const emailOfUser = new Map<string, string>();
  files.users?.records.forEach((record, index) => {
    const email = text(record, 'email', 'mail', 'userPrincipalName').toLowerCase();
    const place = placeOf(files.users!.file, index);
    if (!email.includes('@')) {
      draft.problems.push({
        ...place,
        column: 'email',
        severity: 'error',
        message: 'The user has no email address',
      });
      return;
    }
    const id = text(record, 'id', 'userId');
    if (id) emailOfUser.set(id, email);
    draft.people.push({
      place,
      email,
      name: text(record, 'displayName', 'name', 'fullName') || email.split('@')[0]!,
      teams: list(record, 'teams', 'teamNames'),
      managerEmail: null,
      isAdmin: /^(true|admin|owner)$/i.test(text(record, 'isAdmin', 'role')),
    });
  });
  const emailOf = (value: string) =>
    value.includes('@') ? value.toLowerCase() : (emailOfUser.get(value) ?? value);
  const teamNames = new Map<string, string>();
  files.teams?.records.forEach((record, index) => {
    const name = text(record, 'name', 'title', 'displayName');
    const place = placeOf(files.teams!.file, index);
    if (!name) {
      draft.problems.push({ ...place, column: 'name', severity: 'error', message: 'The team has no name' });
      return;
    }
    const id = text(record, 'id', 'teamId') || name;
    teamNames.set(id, name);
    const owners = list(record, 'owners', 'ownerIds', 'owner', 'ownerId', 'leads');
    draft.teams.push({
      place,
      sourceId: id,
      name,
      leadEmail: owners[0] ? emailOf(owners[0]) : null,
      parentName: text(record, 'parentTeamId', 'parentId') || null,
    });
    for (const member of list(record, 'members', 'memberIds')) {
      const person = draft.people.find((p) => p.email === emailOf(member));
      if (person && !person.teams.includes(name)) person.teams.push(name);
    }
  });
  files.timePeriods?.records.forEach((record, index) => {
    const place = placeOf(files.timePeriods!.file, index);
    const name = text(record, 'name', 'title', 'displayName');
    const start = parseDate(cell(field(record, 'startDate', 'start')));
    const end = parseDate(cell(field(record, 'endDate', 'end', 'dueDate')));
    if (!name) {
      draft.problems.push({
        ...place,
        column: 'name',
        severity: 'error',
        message: 'The time period has no name',
      });
      return;
    }
    draft.periods.push({
      place,
      sourceId: text(record, 'id', 'timePeriodId') || name,
      name,
      start: start.ok ? start.value : null,
      end: end.ok ? end.value : null,
    });
  });
  const periodNames = new Map(draft.periods.map((period) => [period.sourceId, period.name]));
  // Objectives name their period by id; the plan matches periods by name.
  for (const period of draft.periods) period.sourceId = period.name;

  const objectives = new Map<string, DraftObjective>();
  const keyResultOwner = new Map<string, DraftObjective>();
  files.objectives?.records.forEach((record, index) => {
    const file = files.objectives!.file;
    const place = placeOf(file, index);
    const title = text(record, 'title', 'name');
    if (!title) {
      draft.problems.push({
        ...place,
        column: 'title',
        severity: 'error',
        message: 'The objective has no title',
      });
      return;
    }
    const owner = text(record, 'ownerEmail', 'owner', 'ownerId', 'owners');
    const status = statusOfWord(text(record, 'status'));
    const commitment =
      commitmentOfWord(text(record, 'commitment', 'okrType')) ??
      (field(record, 'isAspirational') === true
        ? 'aspirational'
        : field(record, 'isAspirational') === false
          ? 'committed'
          : null);
    const period = text(record, 'timePeriodId', 'timePeriod', 'period');
    const start = parseDate(cell(field(record, 'startDate', 'start')));
    const due = parseDate(cell(field(record, 'endDate', 'dueDate', 'end')));
    const team = text(record, 'teamId', 'team', 'teamName');
    const objective: DraftObjective = {
      place,
      sourceId: text(record, 'id', 'objectiveId') || `${file}#${index + 1}`,
      title,
      description: text(record, 'description', 'notes'),
      owner: owner ? { type: 'person', email: emailOf(owner) } : null,
      team: team ? (teamNames.get(team) ?? team) : null,
      periodSourceId: period ? (periodNames.get(period) ?? period) : null,
      startDate: start.ok ? start.value : null,
      dueDate: due.ok ? due.value : null,
      parents: list(record, 'parentIds', 'parentObjectiveIds', 'alignedTo', 'parents', 'parentId').map(
        (id) => ({
          sourceId: id,
          weight: 1,
        }),
      ),
      keyResults: [],
      commitment: commitment ?? null,
      status: status?.status ?? 'open',
      progressStatus: status?.progress ?? null,
      checkIns: [],
    };
    if (!owner)
      draft.problems.push({
        ...place,
        column: 'owner',
        severity: 'error',
        message: 'The objective has no owner',
      });
    const keyResults = [
      ...((field(record, 'keyResults', 'krs') as unknown[] | undefined) ?? []),
      ...((field(record, 'projects', 'initiatives') as unknown[] | undefined) ?? []),
    ];
    keyResults.forEach((item, krIndex) => {
      if (!item || typeof item !== 'object') return;
      const keyResult = vivaKeyResult(item as JsonRecord, `${file} › ${objective.sourceId}`, krIndex, draft);
      if (keyResult) {
        objective.keyResults.push(keyResult);
        keyResultOwner.set(keyResult.sourceId, objective);
      }
    });
    objectives.set(objective.sourceId, objective);
    draft.objectives.push(objective);
  });
  files.checkIns?.records.forEach((record, index) => {
    const place = placeOf(files.checkIns!.file, index);
    const keyResultId = text(record, 'keyResultId', 'krId');
    const objectiveId = text(record, 'objectiveId', 'goalId');
    const objective = (keyResultId && keyResultOwner.get(keyResultId)) || objectives.get(objectiveId);
    if (!objective) {
      draft.problems.push({
        ...place,
        column: keyResultId ? 'keyResultId' : 'objectiveId',
        severity: 'warning',
        message: `The check-in is on ${keyResultId || objectiveId || 'nothing'}, which is not in the export; it is left out`,
      });
      return;
    }
    const at = parseInstant(cell(field(record, 'createdAt', 'date', 'checkInDate', 'createdDateTime')));
    if (!at.ok) {
      draft.problems.push({
        ...place,
        column: 'date',
        severity: 'warning',
        message: `The check-in's date ${at.message}; it is left out`,
      });
      return;
    }
    const value = field(record, 'value', 'currentValue', 'current');
    const parsed = value === undefined ? null : parseNumber(cell(value));
    const author = text(record, 'authorEmail', 'author', 'authorId', 'createdBy');
    objective.checkIns.push({
      place,
      sourceId: text(record, 'id') || `${files.checkIns!.file}#${index + 1}`,
      keyResultSourceId: keyResultId && keyResultOwner.has(keyResultId) ? keyResultId : null,
      at: at.value,
      authorEmail: author ? emailOf(author) : null,
      value: parsed?.ok ? parsed.value : null,
      note: text(record, 'note', 'comment', 'text', 'description').slice(0, 5000),
      status: statusOfWord(text(record, 'status'))?.progress ?? null,
    });
  });
  return draft;
}
