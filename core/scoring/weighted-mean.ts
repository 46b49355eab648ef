import { clampUnit } from './unit-interval.js';

export interface WeightedValue {
  /** In [0, 1]. */
  readonly value: number;
  /** Finite and non-negative; inputs weighing 0 do not count. */
  readonly weight: number;
}

/**
 * The weighted mean of values in [0, 1], or null when nothing counts.
 *
 * Weights are divided by the largest one first: huge weights cannot overflow the total, and a single input
 * comes back exactly as given (its weight becomes 1). Scaling every weight by the same positive constant
 * leaves the mean unchanged up to floating-point rounding. The final clamp only absorbs rounding: the exact
 * mean of values in [0, 1] is already in [0, 1].
 */
export function weightedMeanOfUnits(inputs: readonly WeightedValue[]): number | null {
  let largest = 0;
  for (const input of inputs) largest = Math.max(largest, input.weight);
  if (largest === 0) return null;
  let totalWeight = 0;
  let weightedSum = 0;
  for (const input of inputs) {
    const weight = input.weight / largest;
    totalWeight += weight;
    weightedSum += weight * input.value;
  }
  return clampUnit(weightedSum / totalWeight);
}

/** The plain mean of some numbers (scores of a cycle's promises), or null when there are none. */
export function meanOf(values: readonly number[]): number | null {
  return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}
