/** Key-result scoring, promise roll-up and check-in timing: pure functions over plain data. */
export {
  CHECK_IN_ANSWER_KINDS,
  CHECK_IN_STATUSES,
  type CheckInAnswerKind,
  type CheckInStatus,
} from './check-in.js';
export {
  CADENCES,
  type Cadence,
  type CheckInFacts,
  type CheckInSchedule,
  type CheckInStanding,
  checkInSchedule,
  checkInStanding,
  isCheckInStale,
  nextCheckInDue,
} from './check-in-cadence.js';
export {
  type ConditionScore,
  type ConditionsScore,
  type ConditionValue,
  conditionProgress,
  latestValue,
  type MeasurableCondition,
  type MeasuredCondition,
  type RecordedValue,
  readingOf,
  scoreConditions,
} from './condition-score.js';
export { conditionsFollowingKeyResults, textFollowingKeyResult } from './condition-text.js';
export {
  type DecimalRefusal,
  type DecimalRefusalCode,
  type DecimalText,
  decimalValue,
  MAX_DECIMAL_LENGTH,
  type ParsedDecimal,
  parseDecimal,
} from './decimal.js';
export { elapsedFraction, expectedProgressAt, timeUsedAt } from './expected-progress.js';
export { type IsoInstant, instantMs } from './instant.js';
export {
  type CurrentValue,
  DEFAULT_WEIGHT,
  type Direction,
  isValidWeight,
  type KeyResult,
  type KeyResultReading,
  type KeyResultRefusal,
  type KeyResultRefusalCode,
  type MetricKeyResult,
  type MetricTowardTarget,
  type MetricWithinBand,
  type MilestoneKeyResult,
  refuseKeyResult,
  UNIT_KINDS,
  type UnitKind,
  weightOf,
} from './key-result.js';
export { goalOf, type MetricGoal, metricProgress, progressOf, progressWithinBand } from './progress.js';
export {
  AT_RISK_FROM,
  ON_TRACK_FROM,
  roundScore,
  type ScoreStatus,
  scorePromise,
  statusFromScore,
} from './promise-score.js';
export {
  type Contribution,
  type ContributionGraph,
  DEFAULT_OWN_WEIGHT,
  EXACT_LOOP_STEPS,
  type PromiseId,
  type RollUpNode,
  rollUpProgress,
} from './roll-up.js';
export {
  isStaleAt,
  type LoggedCheckIn,
  nextDueOf,
  type PromiseStanding,
  type StandingPoint,
  scorePointsOf,
} from './standing.js';
export { meanOf } from './weighted-mean.js';
