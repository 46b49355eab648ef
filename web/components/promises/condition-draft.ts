import type { z } from 'zod';
import { fieldMessage } from '../../../contract/common.js';
import type { KeyResultDefinition } from '../../../contract/key-results.js';
import { type Condition, ConditionInput as ConditionInputSchema } from '../../../contract/promises.js';
import { type KeyResultRefusalCode, refuseKeyResult } from '../../../core/scoring/index.js';

export type Measure = 'none' | 'metric' | 'milestone';
export type UnitKind = 'number' | 'percent' | 'currency';
export type Direction = 'increase' | 'decrease' | 'stay-within';

/**
 * A condition of satisfaction as the editor holds it: every field as typed, so switching between
 * plain, metric and milestone never loses what was entered.
 */
export interface ConditionDraft {
  /** Stable for the editor's list, also for new conditions without an id. */
  key: string;
  /** The condition's id once it exists on a promise; kept so a proposal says "changed", not "replaced". */
  id?: string | undefined;
  text: string;
  measure: Measure;
  unitKind: UnitKind;
  unit: string;
  start: string;
  direction: Direction;
  target: string;
  low: string;
  high: string;
  weight: number | string;
}

/** A condition as the API takes it in a new promise or a proposal. */
export type ConditionInput = z.input<typeof ConditionInputSchema>;

let nextKey = 0;
const newKey = () => {
  nextKey += 1;
  return `condition-${nextKey}`;
};

export function emptyCondition(): ConditionDraft {
  return {
    key: newKey(),
    text: '',
    measure: 'none',
    unitKind: 'number',
    unit: '',
    start: '',
    direction: 'increase',
    target: '',
    low: '',
    high: '',
    weight: '',
  };
}

/** The editor's draft of a condition already on the table. */
export function draftOf(condition: Condition): ConditionDraft {
  const draft: ConditionDraft = { ...emptyCondition(), id: condition.id, text: condition.text };
  const keyResult = condition.keyResult;
  if (!keyResult) return draft;
  const weight = keyResult.weight ?? '';
  if (keyResult.kind === 'milestone') return { ...draft, measure: 'milestone', weight };
  const metric = {
    ...draft,
    measure: 'metric' as const,
    unitKind: keyResult.unitKind,
    unit: keyResult.unit,
    start: keyResult.start,
    direction: keyResult.direction,
    weight,
  };
  return keyResult.direction === 'stay-within'
    ? { ...metric, low: keyResult.band.low, high: keyResult.band.high }
    : { ...metric, target: keyResult.target };
}

function weightOf(draft: ConditionDraft): { weight?: number } {
  return typeof draft.weight === 'number' ? { weight: draft.weight } : {};
}

/** How the condition is measured, or null for a plain condition. */
export function keyResultOf(draft: ConditionDraft): KeyResultDefinition | null {
  if (draft.measure === 'none') return null;
  if (draft.measure === 'milestone') return { kind: 'milestone', ...weightOf(draft) };
  const base = {
    kind: 'metric' as const,
    unitKind: draft.unitKind,
    unit: draft.unit.trim(),
    start: draft.start.trim(),
    ...weightOf(draft),
  };
  return draft.direction === 'stay-within'
    ? { ...base, direction: 'stay-within', band: { low: draft.low.trim(), high: draft.high.trim() } }
    : { ...base, direction: draft.direction, target: draft.target.trim() };
}

export function toConditionInput(draft: ConditionDraft): ConditionInput {
  return {
    ...(draft.id ? { id: draft.id } : {}),
    text: draft.text.trim(),
    keyResult: keyResultOf(draft),
  };
}

const fieldOfRefusal: Record<KeyResultRefusalCode, keyof ConditionDraft> = {
  'invalid-weight': 'weight',
  'invalid-start': 'start',
  'invalid-target': 'target',
  'target-behind-start': 'target',
  'invalid-band': 'low',
  'band-low-above-high': 'high',
  'unit-required': 'unit',
};

/**
 * Problems the editor can show before anything is sent, keyed like the server's validation issues
 * (`<prefix><index>.<field>`): a text the contract refuses, and a key result the scoring rules would refuse.
 */
export function conditionErrors(drafts: readonly ConditionDraft[], prefix: string): Record<string, string> {
  const errors: Record<string, string> = {};
  drafts.forEach((draft, index) => {
    const text = ConditionInputSchema.shape.text.safeParse(draft.text);
    if (!text.success && text.error.issues[0]) {
      errors[`${prefix}${index}.text`] = fieldMessage(text.error.issues[0].message);
    }
    const keyResult = keyResultOf(draft);
    const refusal = keyResult && refuseKeyResult(keyResult);
    if (refusal) errors[`${prefix}${index}.${fieldOfRefusal[refusal.code]}`] = refusal.message;
  });
  return errors;
}
