import { type DecimalText, parseDecimal } from './decimal.js';

/**
 * A key result is one condition of satisfaction of a promise. These are its scoring-relevant facts only;
 * titles, owners and history live elsewhere.
 */

export const UNIT_KINDS = ['number', 'percent', 'currency'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

interface MetricBase {
  readonly kind: 'metric';
  readonly unitKind: UnitKind;
  /** What the numbers count: "signups", "%", "EUR". Required for currency, free text otherwise. */
  readonly unit: string;
  /** Where the metric stood when the promise was made; the value scored until the first check-in. */
  readonly start: DecimalText;
  /** Relative importance among the promise's key results; positive, 1 when absent. */
  readonly weight?: number;
}

/** "Increase to target" or "decrease to target". */
export interface MetricTowardTarget extends MetricBase {
  readonly direction: 'increase' | 'decrease';
  readonly target: DecimalText;
}

/** "Stay within [low, high]": a guard rail rather than a destination. */
export interface MetricWithinBand extends MetricBase {
  readonly direction: 'stay-within';
  readonly band: { readonly low: DecimalText; readonly high: DecimalText };
}

export type MetricKeyResult = MetricTowardTarget | MetricWithinBand;

/** Done or not done. */
export interface MilestoneKeyResult {
  readonly kind: 'milestone';
  readonly weight?: number;
}

export type KeyResult = MetricKeyResult | MilestoneKeyResult;

export type Direction = MetricKeyResult['direction'];

/** A metric's current value is decimal text; a milestone's is whether it is done. */
export type CurrentValue<K extends KeyResult> = K extends MilestoneKeyResult ? boolean : DecimalText;

/** A key result with its latest value; `current` is null before the first check-in. */
export type KeyResultReading =
  | { readonly keyResult: MetricKeyResult; readonly current: DecimalText | null }
  | { readonly keyResult: MilestoneKeyResult; readonly current: boolean | null };

export const DEFAULT_WEIGHT = 1;

/** Weights must be finite and positive: a zero weight would be a key result that does not count. */
export function isValidWeight(weight: number): boolean {
  return Number.isFinite(weight) && weight > 0;
}

export function weightOf(keyResult: KeyResult): number {
  return keyResult.weight ?? DEFAULT_WEIGHT;
}

export const keyResultRefusalCodes = [
  'invalid-weight',
  'invalid-start',
  'invalid-target',
  'invalid-band',
  'band-low-above-high',
  'target-behind-start',
  'unit-required',
] as const;

export type KeyResultRefusalCode = (typeof keyResultRefusalCodes)[number];

export interface KeyResultRefusal {
  readonly code: KeyResultRefusalCode;
  /** A sentence a person can act on. */
  readonly message: string;
}

const refusal = (code: KeyResultRefusalCode, message: string): KeyResultRefusal => ({ code, message });

/**
 * Why a key result cannot be accepted, or null when it can; the first problem found wins. The edge calls
 * this before storing; scoring assumes it passed. "Target behind start" is an increase whose target lies
 * below its start (or a decrease above): almost always a mistyped direction. A target equal to its start
 * is allowed ("keep NPS at 50").
 */
export function refuseKeyResult(keyResult: KeyResult): KeyResultRefusal | null {
  if (keyResult.weight !== undefined && !isValidWeight(keyResult.weight)) {
    return refusal('invalid-weight', 'A weight is a positive number, such as 1 or 2.5');
  }
  if (keyResult.kind === 'milestone') return null;
  if (keyResult.unitKind === 'currency' && keyResult.unit.trim() === '') {
    return refusal('unit-required', 'Say which currency the amounts are in, such as EUR');
  }
  const start = parseDecimal(keyResult.start);
  if (!start.ok) return refusal('invalid-start', `Start value: ${start.refusal.message}`);
  if (keyResult.direction === 'stay-within') {
    const low = parseDecimal(keyResult.band.low);
    if (!low.ok) return refusal('invalid-band', `Low end of the band: ${low.refusal.message}`);
    const high = parseDecimal(keyResult.band.high);
    if (!high.ok) return refusal('invalid-band', `High end of the band: ${high.refusal.message}`);
    if (low.value > high.value) {
      return refusal('band-low-above-high', 'The low end of the band must not be above its high end');
    }
    return null;
  }
  const target = parseDecimal(keyResult.target);
  if (!target.ok) return refusal('invalid-target', `Target value: ${target.refusal.message}`);
  if (keyResult.direction === 'increase' && target.value < start.value) {
    return refusal(
      'target-behind-start',
      'To increase, the target must be at or above the start; did you mean decrease?',
    );
  }
  if (keyResult.direction === 'decrease' && target.value > start.value) {
    return refusal(
      'target-behind-start',
      'To decrease, the target must be at or below the start; did you mean increase?',
    );
  }
  return null;
}
