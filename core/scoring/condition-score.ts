import type { ConditionOfSatisfaction } from '../promises/terms.js';
import type { DecimalText } from './decimal.js';
import { type IsoInstant, instantMs } from './instant.js';
import type { KeyResult, KeyResultReading } from './key-result.js';
import { progressOf } from './progress.js';
import { scorePromise } from './promise-score.js';

/** A checked-in value of one condition: decimal text for a metric, done or not for a milestone. */
export type ConditionValue = DecimalText | boolean;

/** One value carried by a check-in. */
export interface RecordedValue {
  readonly conditionId: string;
  /** When the check-in that carried it was made. */
  readonly at: IsoInstant;
  readonly value: ConditionValue;
}

/** A condition of satisfaction, measured by a key result or (null) not measured. */
export interface MeasurableCondition extends ConditionOfSatisfaction {
  readonly keyResult: KeyResult | null;
}

export type MeasuredCondition<C extends MeasurableCondition> = C & {
  readonly keyResult: NonNullable<C['keyResult']>;
};

/**
 * The latest value of a condition: the last one recorded for it, or, with `asOf`, the last one
 * recorded at or before that instant (what the chart showed that day). Null before the first.
 * `values` are in the order they were recorded, as the check-in log keeps them.
 */
export function latestValue(
  values: readonly RecordedValue[],
  conditionId: string,
  asOf?: IsoInstant,
): ConditionValue | null {
  const untilMs = asOf === undefined ? Number.POSITIVE_INFINITY : instantMs(asOf);
  for (let index = values.length - 1; index >= 0; index--) {
    const recorded = values[index]!;
    if (recorded.conditionId === conditionId && instantMs(recorded.at) <= untilMs) return recorded.value;
  }
  return null;
}

/** A key result read with a value; a value of the other kind (a number for a milestone) reads as none. */
export function readingOf(keyResult: KeyResult, current: ConditionValue | null): KeyResultReading {
  return keyResult.kind === 'milestone'
    ? { keyResult, current: typeof current === 'boolean' ? current : null }
    : { keyResult, current: typeof current === 'string' ? current : null };
}

/** A key result's progress in [0, 1] with the given value; see `progressOf`. */
export function conditionProgress(keyResult: KeyResult, current: ConditionValue | null): number {
  return keyResult.kind === 'milestone'
    ? progressOf(keyResult, typeof current === 'boolean' ? current : null)
    : progressOf(keyResult, typeof current === 'string' ? current : null);
}

export interface ConditionScore<C extends MeasurableCondition> {
  readonly condition: MeasuredCondition<C>;
  readonly current: ConditionValue | null;
  readonly progress: number;
}

export interface ConditionsScore<C extends MeasurableCondition> {
  /** The promise's score: null when none of its conditions is measured. */
  readonly score: number | null;
  /** The measured conditions, in the order of the terms, each with its latest value and progress. */
  readonly keyResults: ReadonlyArray<ConditionScore<C>>;
}

/**
 * The score of a promise's conditions on their latest values (as of `asOf`, when given): each
 * measured condition's progress, and their weighted mean. Conditions without a key result are
 * not measured and do not count.
 */
export function scoreConditions<C extends MeasurableCondition>(
  conditions: readonly C[],
  values: readonly RecordedValue[],
  asOf?: IsoInstant,
): ConditionsScore<C> {
  const measured = conditions.filter(
    (condition): condition is MeasuredCondition<C> => condition.keyResult !== null,
  );
  const keyResults = measured.map((condition) => {
    const current = latestValue(values, condition.id, asOf);
    return { condition, current, progress: conditionProgress(condition.keyResult, current) };
  });
  const score = scorePromise(
    keyResults.map(({ condition, current }) => readingOf(condition.keyResult, current)),
  );
  return { score, keyResults };
}
