import { decimalValue } from './decimal.js';
import type { CurrentValue, KeyResult, MetricKeyResult } from './key-result.js';
import { clampUnit, halfGap } from './unit-interval.js';

/** A metric's goal as numbers: where it travels, or the band it must stay in. */
export type MetricGoal =
  | { readonly direction: 'increase' | 'decrease'; readonly start: number; readonly target: number }
  | { readonly direction: 'stay-within'; readonly low: number; readonly high: number };

/**
 * Progress of a metric at `value`, in [0, 1], for any finite inputs; never NaN.
 *
 * - increase / decrease: the share of the way from start to target, clamped. When there is no way to go
 *   (start equals target, or the target lies behind the start), progress is 1 once the value is at or
 *   beyond the target in the promised direction, else 0. Non-decreasing in the value for increase,
 *   non-increasing for decrease.
 * - stay-within: see `progressWithinBand`.
 */
export function metricProgress(goal: MetricGoal, value: number): number {
  if (goal.direction === 'stay-within') return progressWithinBand(goal.low, goal.high, value);
  // Flip decrease into increase so one rule serves both; negation is exact, so monotonicity survives.
  const sign = goal.direction === 'increase' ? 1 : -1;
  const halfWay = sign * halfGap(goal.target, goal.start);
  if (halfWay > 0) return clampUnit((sign * halfGap(value, goal.start)) / halfWay);
  return sign * halfGap(value, goal.target) >= 0 ? 1 : 0;
}

/**
 * Stay-within rule: 1 anywhere inside [low, high] (ends included). Outside, progress falls off linearly
 * with the distance to the nearest edge, measured in band widths: one full band width outside scores 0,
 * half a width scores 0.5. A band of zero width is a point: exactly on it scores 1, anything else 0.
 * A band given upside down is read as [min, max].
 */
export function progressWithinBand(low: number, high: number, value: number): number {
  const lo = Math.min(low, high);
  const hi = Math.max(low, high);
  if (value >= lo && value <= hi) return 1;
  const halfWidth = halfGap(hi, lo);
  if (halfWidth <= 0) return 0;
  const halfDistance = value < lo ? halfGap(lo, value) : halfGap(value, hi);
  return clampUnit(1 - halfDistance / halfWidth);
}

export function goalOf(metric: MetricKeyResult): MetricGoal {
  if (metric.direction === 'stay-within') {
    return {
      direction: 'stay-within',
      low: decimalValue(metric.band.low),
      high: decimalValue(metric.band.high),
    };
  }
  return {
    direction: metric.direction,
    start: decimalValue(metric.start),
    target: decimalValue(metric.target),
  };
}

/**
 * Progress of a key result in [0, 1] given its current value (null before the first check-in).
 * A metric without a value yet is scored at its start value; a milestone is 1 when done, else 0.
 * Throws RangeError if a stored decimal is not a plain decimal (the edge validates with `parseDecimal`).
 */
export function progressOf<K extends KeyResult>(keyResult: K, current: CurrentValue<K> | null): number {
  if (keyResult.kind === 'milestone') {
    if (typeof current === 'string') throw new TypeError('A milestone takes done / not done, not a number');
    return current === true ? 1 : 0;
  }
  if (typeof current === 'boolean') {
    throw new TypeError('A metric takes a decimal value, not done / not done');
  }
  return metricProgress(goalOf(keyResult), decimalValue(current ?? keyResult.start));
}
