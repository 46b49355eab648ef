/**
 * Planning: horizons, cycles and their timeline, and the strategy debugger's analyses.
 * Pure functions over plain data; dates are ISO calendar dates and "today" is always a parameter.
 */
export {
  addDays,
  addMonths,
  addWeeks,
  type CalendarDate,
  calendarDateOfInstant,
  compareDates,
  daysBetween,
  daysInMonth,
  earliestDate,
  isCalendarDate,
  isLeapYear,
  latestDate,
} from './calendar-date.js';
export {
  CAPACITY_UNITS,
  type CapacityStanding,
  type CapacityUnit,
  type CountedPromises,
  capacityStanding,
  type DeclaredCapacity,
  type Load,
  measureCountedLoad,
  measureLoad,
  type PromiseLoad,
  promiseLoad,
  type WeighedPromise,
} from './capacity.js';
export {
  type Cycle,
  type CycleCandidate,
  type CycleContext,
  type CycleNeighbour,
  type CycleRefusal,
  type CycleRefusalCode,
  cycleContaining,
  cycleNameLength,
  cyclesContaining,
  describeCycle,
  validateCycle,
} from './cycle.js';
export {
  type CycleReviewSummary,
  finalScoreOf,
  type ReviewedPromise,
  summarizeCycleReview,
} from './cycle-review.js';
export {
  type ClosedCycleWork,
  CYCLE_STATES,
  type CycleMoveRefusal,
  type CycleMoveRefusalCode,
  type CycleMoveResult,
  type CycleState,
  moveCycle,
  nextCycleStates,
  refusalInCycle,
} from './cycle-state.js';
export { type SuggestedCycle, suggestChildCycles } from './cycle-suggestions.js';
export {
  type DashboardPromise,
  type DashboardSummary,
  endOfWeekDay,
  MAX_SCORE_POINTS,
  type PromiseHistory,
  type ScorePoint,
  summarizeDashboard,
  weeklyAverageScores,
  weeksOf,
} from './dashboard.js';
export { DEPENDENCY_STATES, type DependencyState } from './dependency-state.js';
export {
  type QuestionFacts,
  REVIEW_ROLES,
  type ReviewRequestFacts,
  type ReviewRole,
  type RoundTrip,
  roundTripOf,
} from './draft-reviews.js';
export { type AllFindingsOptions, findAllFindings, type PlanFacts } from './findings/all-findings.js';
export {
  type CapacityFinding,
  type CapacityLoad,
  findTeamsOverCapacity,
  type PromiseOnPlate,
  type TeamCapacity,
} from './findings/capacity.js';
export {
  type ContributingPromise,
  type Contribution,
  type ContributionOptions,
  type CoverablePromise,
  findInvestmentsWithoutJustification,
  findPromisesContributingToNothing,
  findUncoveredPromises,
  INVESTMENT_TAG,
  type TaggedPromise,
} from './findings/contributions.js';
export { type DeclinedAsk, findDeclinedNotReplanned } from './findings/declined-asks.js';
export {
  type DependencyEdge,
  type DependencyLoopOptions,
  findDependencyLoops,
} from './findings/dependency-loops.js';
export {
  type DependencyFacts,
  type DependencyFinding,
  findDeclinedDependencies,
  findSupplierDueAfterDependent,
  findUnacknowledgedDependencies,
  type PromiseDue,
  type TimedDependency,
} from './findings/dependency-risks.js';
export {
  FINDING_CODES,
  FINDING_SEVERITIES,
  type Finding,
  type FindingCode,
  type FindingLabels,
  type FindingOptions,
  type FindingSeverity,
  idLabels,
} from './findings/finding.js';
export {
  type CompletionFacts,
  findStaleCheckIns,
  findUnassessedCompletions,
  type StaleCheckInFacts,
  type StaleCheckInOptions,
  type UnassessedCompletionOptions,
} from './findings/follow-through.js';
export {
  findOppositeTargets,
  type MetricDirection,
  type MetricTarget,
  metricIdentity,
  normaliseMetricName,
  normaliseUnit,
} from './findings/opposite-targets.js';
export {
  findMissedPlanningDeadlines,
  type PlanningDeadlineOptions,
  type PlanningProgress,
  type TeamPlanningProgress,
} from './findings/planning-deadlines.js';
export {
  compactKey,
  type FindingParties,
  type PrefilledMove,
  type PromiseRoute,
  type RoutedFinding,
  routeFinding,
  SUGGESTED_ACTS,
  type SuggestedAct,
  type SuggestedMove,
} from './findings/routing.js';
export {
  findRisksFromSuppliers,
  type PromiseHealth,
  type SupplierRisk,
  type SupplierRiskFinding,
} from './findings/supplier-risk.js';
export {
  type DependencyAsk,
  findUnansweredAsks,
  findUnansweredDependencyAsks,
  type PendingAsk,
  type PendingAskKind,
  type UnansweredAskFinding,
} from './findings/unanswered-asks.js';
export {
  defaultHorizons,
  type Horizon,
  type HorizonCandidate,
  type HorizonLength,
  type HorizonRefusal,
  type HorizonRefusalCode,
  horizonEnd,
  horizonMaxLength,
  horizonNameLength,
  isLongerHorizon,
  longestHorizon,
  nominalDays,
  validateHorizon,
} from './horizon.js';
export {
  awaitsPerformerAnswer,
  BOARD_COLUMNS,
  type BoardColumn,
  type BoardTeamFacts,
  boardColumnOf,
  lateFor,
} from './planning-board.js';
export {
  defaultPlanningOffsets,
  MILESTONE_KEYS,
  MILESTONE_STATUSES,
  type Milestone,
  type MilestoneKey,
  type MilestoneProgress,
  type MilestoneStatus,
  maxWeeksBeforeStart,
  milestoneStatus,
  type PlanningOffsets,
  type PlanningOffsetsRefusal,
  type PlanningOffsetsRefusalCode,
  planningDueDates,
  planningMilestones,
  validatePlanningOffsets,
} from './planning-timeline.js';
export {
  cyclesOverlap,
  dueDateWithin,
  endAfterDays,
  endAfterMonths,
  frameContains,
  frameLengthInDays,
  type TimeFrame,
} from './time-frame.js';
