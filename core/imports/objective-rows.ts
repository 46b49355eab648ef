import type {
  DraftKeyResult,
  DraftObjective,
  DraftParent,
  ImportDraft,
  Place,
  Sheet,
  SheetRow,
} from './draft.js';
import {
  type ColumnMapping,
  FIELD_LABELS,
  type ObjectiveField,
  REQUIRED_FIELDS,
  resolveMapping,
} from './fields.js';
import {
  commitmentOfWord,
  isCurrencyUnit,
  metricKindOfWord,
  type ObjectKind,
  objectKindOfWord,
  statusOfWord,
} from './source-terms.js';
import { type CellValue, cellText, isPercentText, parseDate, parseNumber } from './values.js';

export {
  type ColumnMapping,
  FIELD_LABELS,
  OBJECTIVE_FIELDS,
  type ObjectiveField,
  REQUIRED_FIELDS,
  resolveMapping,
} from './fields.js';

/**
 * One row per objective, key result or project, as the Ally.io OKRs template, the Viva Goals
 * Explorer export and most people's own spreadsheets have them. A mapping says which column holds
 * which field; the Ally.io and Viva presets are mappings like any other.
 */

/** The Ally.io OKRs import template. */
export const ALLY_OKR_COLUMNS: ColumnMapping = {
  id: 'Row ID',
  title: 'Title',
  kind: 'Type',
  parent: 'Parent',
  ownerEmail: 'Owner Email',
  team: 'Entity',
  period: 'Time Period',
  startDate: 'Start Date',
  dueDate: 'Due Date',
  description: 'Description',
  metricType: 'Metric Type',
  start: 'Start',
  target: 'Target',
  current: 'Current Value',
  unit: 'Unit',
  weight: 'Weight',
  status: 'Status',
  commitment: 'Commitment',
};

/** The Viva Goals Explorer export (CSV or XLSX). */
export const VIVA_EXPLORER_COLUMNS: ColumnMapping = {
  id: 'Id',
  title: 'Title',
  kind: 'Type',
  parent: 'Parent Ids',
  ownerEmail: 'Owner Email',
  team: 'Team',
  period: 'Time Period',
  startDate: 'Start Date',
  dueDate: 'End Date',
  description: 'Description',
  metricType: 'Metric Type',
  start: 'Start Value',
  target: 'Target Value',
  current: 'Current Value',
  unit: 'Unit',
  weight: 'Weight',
  status: 'Status',
  commitment: 'Commitment',
};

/** The headers of a sheet, in the order first seen. */
export function headersOf(sheet: Sheet): string[] {
  if (sheet.headers) return [...sheet.headers];
  const seen = new Set<string>();
  for (const row of sheet.rows) for (const header of Object.keys(row.cells)) seen.add(header);
  return [...seen];
}

interface RowReader {
  value(field: ObjectiveField): CellValue;
  text(field: ObjectiveField): string;
  place(field?: ObjectiveField): Place;
}

function readerOf(sheet: Sheet, row: SheetRow, mapping: ColumnMapping): RowReader {
  return {
    value: (field) => {
      const column = mapping[field];
      return column === undefined ? null : (row.cells[column] ?? null);
    },
    text: (field) => {
      const column = mapping[field];
      return column === undefined ? '' : cellText(row.cells[column]);
    },
    place: (field) => {
      const column = field ? mapping[field] : undefined;
      return column ? { file: sheet.file, row: row.row, column } : { file: sheet.file, row: row.row };
    },
  };
}

/** "9", "9 (50%)", "9: 2", "9 | 0.5": a parent's id and its alignment weight (1 when not said). */
function parentsOf(text: string): Array<DraftParent | { invalid: string }> {
  return text
    .split(/[\n;,]/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^(.+?)\s*(?:\((.+)\)|[:|]\s*(.+))$/.exec(line);
      if (!match) return { sourceId: line, weight: 1 };
      const weightText = (match[2] ?? match[3] ?? '').trim();
      const weight = parseNumber(weightText);
      if (!weight.ok || Number(weight.value) <= 0) return { invalid: line };
      return { sourceId: match[1]!.trim(), weight: Number(weight.value) };
    });
}

function numberOrProblem(
  reader: RowReader,
  field: ObjectiveField,
  problems: ImportDraft['problems'],
  label: string,
): string | null {
  const value = reader.value(field);
  if (cellText(value) === '') return null;
  const parsed = parseNumber(value);
  if (parsed.ok) return parsed.value;
  problems.push({ ...reader.place(field), severity: 'error', message: `${label} ${parsed.message}` });
  return null;
}

function keyResultOf(
  reader: RowReader,
  sourceId: string,
  title: string,
  draft: ImportDraft,
): DraftKeyResult | null {
  const metricWord = reader.text('metricType');
  const metric = metricKindOfWord(metricWord);
  const weightText = numberOrProblem(reader, 'weight', draft.problems, 'Weight');
  const weight = weightText === null ? null : Number(weightText);
  if (weight !== null && !(weight > 0 && weight <= 1000)) {
    draft.problems.push({
      ...reader.place('weight'),
      severity: 'error',
      message: `Weight ${weightText} must be more than 0 and at most 1000`,
    });
  }
  const place = reader.place();
  if (metric === null) {
    draft.problems.push({
      ...reader.place('metricType'),
      severity: 'error',
      message: `Metric type "${metricWord}" is not one Accord knows (number, percentage, currency, milestone)`,
    });
    return null;
  }
  const status = statusOfWord(reader.text('status'));
  if (metric.kind === 'milestone' || metric.kind === 'none') {
    const current = reader.text('current');
    return {
      sourceId,
      place,
      title,
      kind: 'milestone',
      done: status?.status === 'completed' || /^(1|100%?|yes|done|true)$/i.test(current),
      weight,
    };
  }
  const start = numberOrProblem(reader, 'start', draft.problems, 'Start');
  const target = numberOrProblem(reader, 'target', draft.problems, 'Target');
  const current = numberOrProblem(reader, 'current', draft.problems, 'Current value');
  if (target === null && cellText(reader.value('target')) === '') {
    draft.problems.push({ ...reader.place('target'), severity: 'error', message: 'A metric needs a target' });
  }
  if (target === null) return null;
  let unit = reader.text('unit').slice(0, 20);
  let unitKind = metric.unitKind;
  if (unitKind === 'number' && isCurrencyUnit(unit)) unitKind = 'currency';
  if (unitKind === 'number' && (unit === '%' || isPercentText(reader.value('target')))) unitKind = 'percent';
  if (unitKind === 'percent' && unit === '') unit = '%';
  if (unitKind === 'currency' && unit === '') {
    const symbol = /[$€£¥]/.exec(cellText(reader.value('target')))?.[0];
    unit = symbol ?? 'USD';
  }
  return {
    sourceId,
    place,
    title,
    kind: 'metric',
    unitKind,
    unit,
    start: start ?? '0',
    target,
    current,
    weight,
  };
}

function dateOrProblem(reader: RowReader, field: ObjectiveField, label: string, draft: ImportDraft) {
  const value = reader.value(field);
  if (cellText(value) === '') return null;
  const parsed = parseDate(value);
  if (parsed.ok) return parsed.value;
  draft.problems.push({ ...reader.place(field), severity: 'error', message: `${label} ${parsed.message}` });
  return null;
}

/**
 * Reads every row into the draft: objectives with their key results (a key-result row joins its
 * parent objective's conditions), problems with their row and column. Which row is what: the kind
 * column when there is one; otherwise a row with a metric and a parent is a key result.
 */
export function readObjectiveRows(sheet: Sheet, mapping: ColumnMapping, draft: ImportDraft): void {
  const columns = resolveMapping(headersOf(sheet), mapping);
  const missing = REQUIRED_FIELDS.filter((field) => !columns[field]);
  for (const field of missing) {
    draft.problems.push({
      file: sheet.file,
      row: 1,
      severity: 'error',
      message: mapping[field]
        ? `The column "${mapping[field]}" for ${FIELD_LABELS[field]} is not in the file`
        : `Choose the column that holds ${FIELD_LABELS[field]}: it is required`,
    });
  }
  if (missing.length > 0) return;
  const keyResultRows: Array<{ reader: RowReader; parent: string; keyResult: DraftKeyResult }> = [];
  for (const row of sheet.rows) {
    const reader = readerOf(sheet, row, columns);
    const title = reader.text('title');
    if (title === '' && Object.values(row.cells).every((cell) => cellText(cell) === '')) continue;
    const sourceId = reader.text('id') || `row-${row.row}`;
    if (title === '') {
      draft.problems.push({ ...reader.place('title'), severity: 'error', message: 'The title is empty' });
      continue;
    }
    const kindWord = reader.text('kind');
    let kind: ObjectKind | null = kindWord === '' ? null : objectKindOfWord(kindWord);
    if (kindWord !== '' && kind === null) {
      draft.problems.push({
        ...reader.place('kind'),
        severity: 'error',
        message: `Type "${kindWord}" is neither an objective nor a key result`,
      });
      continue;
    }
    const parents = parentsOf(reader.text('parent'));
    for (const parent of parents) {
      if ('invalid' in parent) {
        draft.problems.push({
          ...reader.place('parent'),
          severity: 'error',
          message: `Parent "${parent.invalid}" is not a row id with an optional weight, such as 9 (50%)`,
        });
      }
    }
    const validParents = parents.filter((p): p is DraftParent => !('invalid' in p));
    const metric = metricKindOfWord(reader.text('metricType'));
    kind ??= metric && metric.kind !== 'none' && validParents.length > 0 ? 'key-result' : 'objective';
    if (kind !== 'objective') {
      const keyResult = keyResultOf(reader, sourceId, title, draft);
      if (validParents.length === 0) {
        draft.problems.push({
          ...reader.place('parent'),
          severity: 'error',
          message: `The key result "${title}" has no parent objective`,
        });
      } else if (keyResult) {
        keyResultRows.push({ reader, parent: validParents[0]!.sourceId, keyResult });
      }
      continue;
    }
    const owner = reader
      .text('ownerEmail')
      .split(/[\n;,]/)[0]!
      .trim()
      .toLowerCase();
    const status = statusOfWord(reader.text('status'));
    if (status === null) {
      draft.problems.push({
        ...reader.place('status'),
        severity: 'warning',
        message: `Status "${reader.text('status')}" is unknown; the objective is imported as open`,
      });
    }
    const commitmentWord = reader.text('commitment');
    const commitment = commitmentOfWord(commitmentWord);
    if (commitment === undefined) {
      draft.problems.push({
        ...reader.place('commitment'),
        severity: 'warning',
        message: `Commitment "${commitmentWord}" is neither committed nor aspirational; no tag is set`,
      });
    }
    const team = reader.text('team');
    const objective: DraftObjective = {
      place: reader.place(),
      sourceId,
      title,
      description: reader.text('description'),
      owner: owner === '' ? null : { type: 'person', email: owner },
      team: team === '' || /^individual$/i.test(team) ? null : team.split('\n')[0]!.trim(),
      periodSourceId: reader.text('period') || null,
      startDate: dateOrProblem(reader, 'startDate', 'Start date', draft),
      dueDate: dateOrProblem(reader, 'dueDate', 'Due date', draft),
      parents: validParents,
      keyResults: [],
      commitment: commitment ?? null,
      status: status?.status ?? 'open',
      progressStatus: status?.progress ?? null,
      checkIns: [],
    };
    if (owner === '') {
      draft.problems.push({
        ...reader.place('ownerEmail'),
        severity: 'error',
        message: 'The owner email is empty',
      });
    }
    // An objective measured by a metric of its own keeps it as its one key result.
    if (metric && metric.kind !== 'none') {
      const own = keyResultOf(reader, `${sourceId}#metric`, title, draft);
      if (own) objective.keyResults.push(own);
    }
    draft.objectives.push(objective);
  }
  const objectives = new Map<string, DraftObjective>();
  for (const objective of draft.objectives) {
    if (!objectives.has(objective.sourceId)) objectives.set(objective.sourceId, objective);
  }
  for (const { reader, parent, keyResult } of keyResultRows) {
    const objective = objectives.get(parent);
    if (!objective) {
      draft.problems.push({
        ...reader.place('parent'),
        severity: 'error',
        message: `Parent ${parent} of the key result "${keyResult.title}" is not an objective of the file`,
      });
      continue;
    }
    objective.keyResults.push(keyResult);
  }
}
