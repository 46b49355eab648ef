import { isValidWeight, type KeyResultReading, weightOf } from './key-result.js';
import { progressOf } from './progress.js';
import { isUnitInterval } from './unit-interval.js';
import { weightedMeanOfUnits } from './weighted-mean.js';

/**
 * A promise's score: the weighted mean of its key results' progress, in [0, 1]. Weights may sum to any
 * positive total; only their proportions matter. Null means "no key results to score", which is not the
 * same as 0 ("scored, and nothing achieved") and must be shown differently.
 * Throws RangeError for a weight that is not finite and positive (the edge refuses those).
 */
export function scorePromise(readings: readonly KeyResultReading[]): number | null {
  const inputs = readings.map((reading) => {
    const weight = weightOf(reading.keyResult);
    if (!isValidWeight(weight)) throw new RangeError(`A key result weight must be positive, got ${weight}`);
    return { value: progressOf(reading.keyResult, reading.current), weight };
  });
  return weightedMeanOfUnits(inputs);
}

/**
 * A score rounded to two decimals for display (0.7 shows as "0.70" when formatted with toFixed(2)).
 * Round only for display and grading: roll-ups and charts take the unrounded score, so rounding errors
 * do not compound.
 */
export function roundScore(score: number): number {
  // `+ 0` turns a negative zero into 0.
  return Math.round(score * 100) / 100 + 0;
}

export type ScoreStatus = 'on-track' | 'at-risk' | 'off-track';

/** The customary OKR grading: 0.7 and above is on track (delivered), 0.4 to 0.7 at risk, below that off. */
export const ON_TRACK_FROM = 0.7;
export const AT_RISK_FROM = 0.4;

/**
 * Grades a score against where it should be by now. `expected` is the share of the way the promise should
 * have covered, in [0, 1]: 1 at the end of the cycle (an assessment), `elapsedFraction(...)` mid-cycle, so
 * a young promise is judged against its pace rather than the finish line. With nothing expected yet, every
 * score is on track. The grade uses the rounded pace, so a score displayed as 0.70 is never graded at risk.
 */
export function statusFromScore(score: number, expected = 1): ScoreStatus {
  if (!isUnitInterval(score)) throw new RangeError(`A score lies in [0, 1], got ${score}`);
  if (!isUnitInterval(expected)) throw new RangeError(`Expected progress lies in [0, 1], got ${expected}`);
  const pace = expected === 0 ? 1 : roundScore(Math.min(1, score / expected));
  if (pace >= ON_TRACK_FROM) return 'on-track';
  if (pace >= AT_RISK_FROM) return 'at-risk';
  return 'off-track';
}
