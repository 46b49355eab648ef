/**
 * The fields of a spreadsheet with one row per objective or key result, and which column holds
 * each: kept apart from the reading so that the web app's mapping form takes only these few lines.
 */

export const OBJECTIVE_FIELDS = [
  'id',
  'title',
  'kind',
  'parent',
  'ownerEmail',
  'team',
  'period',
  'startDate',
  'dueDate',
  'description',
  'metricType',
  'start',
  'target',
  'current',
  'unit',
  'weight',
  'status',
  'commitment',
] as const;
export type ObjectiveField = (typeof OBJECTIVE_FIELDS)[number];

/** Which column (by its header) holds each field; a field left out is not in the file. */
export type ColumnMapping = Partial<Record<ObjectiveField, string>>;

/** The fields without which a row means nothing. */
export const REQUIRED_FIELDS: readonly ObjectiveField[] = ['title', 'ownerEmail'];

/** Each field as a person reads it, in a form or a message. */
export const FIELD_LABELS: Readonly<Record<ObjectiveField, string>> = {
  id: 'Row id',
  title: 'Title',
  kind: 'Type (objective or key result)',
  parent: 'Parent row ids',
  ownerEmail: 'Owner email',
  team: 'Team',
  period: 'Time period',
  startDate: 'Start date',
  dueDate: 'Due date',
  description: 'Description',
  metricType: 'Metric type',
  start: 'Start value',
  target: 'Target value',
  current: 'Current value',
  unit: 'Unit',
  weight: 'Weight',
  status: 'Status',
  commitment: 'Commitment',
};

/** The names people give each field's column, besides the field's own label (compared as keys). */
const SYNONYMS: Readonly<Record<ObjectiveField, readonly string[]>> = {
  id: ['id', 'row id', 'row', 'key', 'ref', 'reference', 'number', 'no', '#'],
  title: ['title', 'objective', 'objective title', 'name', 'goal', 'okr', 'key result', 'summary'],
  kind: ['type', 'kind', 'level', 'objective type'],
  parent: ['parent', 'parent id', 'parent ids', 'parents', 'aligned to', 'aligns to', 'parent objective'],
  ownerEmail: [
    'owner email',
    'owner',
    'owner e mail',
    'owner mail',
    'email',
    'e mail',
    'responsible',
    'assignee',
    'accountable',
  ],
  team: ['team', 'entity', 'department', 'group', 'team name'],
  period: ['time period', 'period', 'quarter', 'cycle', 'timeframe', 'time frame'],
  startDate: ['start date', 'starts', 'begins', 'start on'],
  dueDate: ['due date', 'end date', 'deadline', 'due', 'target date', 'ends', 'end'],
  description: ['description', 'details', 'notes', 'note', 'comment', 'comments'],
  metricType: ['metric type', 'metric', 'measure', 'measure type'],
  start: ['start', 'start value', 'baseline', 'initial value', 'from'],
  target: ['target', 'target value', 'goal value', 'to'],
  current: ['current', 'current value', 'actual', 'value', 'progress'],
  unit: ['unit', 'units'],
  weight: ['weight', 'weighting'],
  status: ['status', 'state'],
  commitment: ['commitment', 'committed', 'aspirational', 'commit'],
};

/** A header as compared: no case, no punctuation, spaces, underscores or dashes as one space. */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

/** The header of the sheet that a mapped column names, compared as keys; columns not in the sheet are left out. */
export function resolveMapping(headers: readonly string[], mapping: ColumnMapping): ColumnMapping {
  const byKey = new Map<string, string>();
  for (const header of headers) if (!byKey.has(headerKey(header))) byKey.set(headerKey(header), header);
  const resolved: ColumnMapping = {};
  for (const field of OBJECTIVE_FIELDS) {
    const wanted = mapping[field];
    if (!wanted) continue;
    const header = byKey.get(headerKey(wanted));
    if (header !== undefined) resolved[field] = header;
  }
  return resolved;
}

/**
 * A mapping for a sheet of the person's own: the one kept from last time where its columns are in
 * the sheet, then each field's column found by its name or a common synonym ("Objective" is the
 * title, "Owner" the owner's email). A column holds one field at most.
 */
export function guessMapping(headers: readonly string[], saved: ColumnMapping | null = null): ColumnMapping {
  const mapping: ColumnMapping = saved ? resolveMapping(headers, saved) : {};
  const used = new Set(Object.values(mapping));
  const byKey = new Map<string, string>();
  for (const header of headers) if (!byKey.has(headerKey(header))) byKey.set(headerKey(header), header);
  // Two passes: every field's own names first, so that "Start" is not taken as a start date.
  for (const names of [
    (field: ObjectiveField) => [FIELD_LABELS[field], SYNONYMS[field][0]!],
    (field: ObjectiveField) => SYNONYMS[field],
  ]) {
    for (const field of OBJECTIVE_FIELDS) {
      if (mapping[field]) continue;
      for (const name of names(field)) {
        const header = byKey.get(headerKey(name));
        if (header !== undefined && !used.has(header)) {
          mapping[field] = header;
          used.add(header);
          break;
        }
      }
    }
  }
  return mapping;
}

/** The fields that no column holds, in the order of the form. */
export function unmappedFields(mapping: ColumnMapping): ObjectiveField[] {
  return OBJECTIVE_FIELDS.filter((field) => !mapping[field]);
}
