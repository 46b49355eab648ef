import type { CheckInStatus } from '../scoring/check-in.js';
import type { UnitKind } from '../scoring/key-result.js';
import type { SourceStatus } from './draft.js';

/**
 * The words Viva Goals, Ally.io and people's own spreadsheets use for statuses, metric types and
 * commitments, and what each means in Accord. Unknown words are reported by the caller.
 */

const normal = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

const STATUS_WORDS: Record<string, { status: SourceStatus; progress: CheckInStatus | null }> = {
  draft: { status: 'draft', progress: null },
  'not started': { status: 'open', progress: null },
  'no status': { status: 'open', progress: null },
  active: { status: 'open', progress: null },
  open: { status: 'open', progress: null },
  'in progress': { status: 'open', progress: 'on-track' },
  'on track': { status: 'open', progress: 'on-track' },
  ahead: { status: 'open', progress: 'on-track' },
  'at risk': { status: 'open', progress: 'at-risk' },
  behind: { status: 'open', progress: 'at-risk' },
  'off track': { status: 'open', progress: 'off-track' },
  postponed: { status: 'open', progress: 'off-track' },
  completed: { status: 'completed', progress: 'on-track' },
  complete: { status: 'completed', progress: 'on-track' },
  done: { status: 'completed', progress: 'on-track' },
  achieved: { status: 'completed', progress: 'on-track' },
  closed: { status: 'completed', progress: null },
  cancelled: { status: 'cancelled', progress: null },
  canceled: { status: 'cancelled', progress: null },
  abandoned: { status: 'cancelled', progress: null },
  discarded: { status: 'cancelled', progress: null },
};

/** A status as the source wrote it; empty means open. Null when the word is unknown. */
export function statusOfWord(word: string): { status: SourceStatus; progress: CheckInStatus | null } | null {
  const key = normal(word);
  if (key === '') return { status: 'open', progress: null };
  return STATUS_WORDS[key] ?? null;
}

export type MetricKind = { kind: 'milestone' } | { kind: 'metric'; unitKind: UnitKind } | { kind: 'none' };

const METRIC_WORDS: Record<string, MetricKind> = {
  '': { kind: 'none' },
  none: { kind: 'none' },
  'no metric': { kind: 'none' },
  number: { kind: 'metric', unitKind: 'number' },
  numeric: { kind: 'metric', unitKind: 'number' },
  numerical: { kind: 'metric', unitKind: 'number' },
  metric: { kind: 'metric', unitKind: 'number' },
  time: { kind: 'metric', unitKind: 'number' },
  percent: { kind: 'metric', unitKind: 'percent' },
  percentage: { kind: 'metric', unitKind: 'percent' },
  '%': { kind: 'metric', unitKind: 'percent' },
  currency: { kind: 'metric', unitKind: 'currency' },
  money: { kind: 'metric', unitKind: 'currency' },
  milestone: { kind: 'milestone' },
  boolean: { kind: 'milestone' },
  binary: { kind: 'milestone' },
  'done/not done': { kind: 'milestone' },
  'complete/incomplete': { kind: 'milestone' },
};

export function metricKindOfWord(word: string): MetricKind | null {
  return METRIC_WORDS[normal(word)] ?? null;
}

export type ObjectKind = 'objective' | 'key-result' | 'project';

export function objectKindOfWord(word: string): ObjectKind | null {
  const key = normal(word);
  if (key === 'objective' || key === 'goal' || key === 'okr') return 'objective';
  if (key === 'key result' || key === 'kr' || key === 'keyresult') return 'key-result';
  if (key === 'project' || key === 'initiative' || key === 'task') return 'project';
  return null;
}

export function commitmentOfWord(word: string): 'committed' | 'aspirational' | null | undefined {
  const key = normal(word);
  if (key === '') return null;
  if (key === 'committed' || key === 'commit' || key === 'yes' || key === 'true') return 'committed';
  if (key === 'aspirational' || key === 'stretch' || key === 'moonshot' || key === 'no' || key === 'false') {
    return 'aspirational';
  }
  return undefined;
}

const CURRENCY_UNITS = new Set([
  '$',
  'usd',
  'eur',
  '€',
  'gbp',
  '£',
  'jpy',
  '¥',
  'chf',
  'cad',
  'aud',
  'inr',
  '₹',
]);

/** A unit that names money makes a metric a currency one. */
export function isCurrencyUnit(unit: string): boolean {
  return CURRENCY_UNITS.has(unit.trim().toLowerCase());
}
