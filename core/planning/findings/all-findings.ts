import type { IsoInstant } from '../../scoring/instant.js';
import type { CalendarDate } from '../calendar-date.js';
import type { Horizon } from '../horizon.js';
import { findTeamsOverCapacity, type PromiseOnPlate, type TeamCapacity } from './capacity.js';
import {
  type ContributingPromise,
  type Contribution,
  type CoverablePromise,
  findInvestmentsWithoutJustification,
  findPromisesContributingToNothing,
  findUncoveredPromises,
  type TaggedPromise,
} from './contributions.js';
import { type DeclinedAsk, findDeclinedNotReplanned } from './declined-asks.js';
import { findDependencyLoops } from './dependency-loops.js';
import {
  findDeclinedDependencies,
  findSupplierDueAfterDependent,
  findUnacknowledgedDependencies,
  type PromiseDue,
} from './dependency-risks.js';
import { FINDING_CODES, type Finding, type FindingLabels, idLabels } from './finding.js';
import {
  type CompletionFacts,
  findStaleCheckIns,
  findUnassessedCompletions,
  type StaleCheckInFacts,
} from './follow-through.js';
import { findOppositeTargets, type MetricTarget } from './opposite-targets.js';
import { findMissedPlanningDeadlines, type PlanningProgress } from './planning-deadlines.js';
import { type PromiseRoute, type RoutedFinding, routeFinding } from './routing.js';
import { findRisksFromSuppliers, type PromiseHealth } from './supplier-risk.js';
import {
  type DependencyAsk,
  findUnansweredAsks,
  findUnansweredDependencyAsks,
  type PendingAsk,
} from './unanswered-asks.js';

/** Everything the strategy debugger looks at in one organization's plan, as plain data. */
export interface PlanFacts {
  /** Every promise involved, with its parties: what routing needs. */
  promises: readonly PromiseRoute[];
  /** Each with the date its supplier was asked to answer by, if any. */
  dependencies: readonly DependencyAsk[];
  dues: readonly PromiseDue[];
  health: readonly PromiseHealth[];
  /** Promises that should serve another (agreed or being agreed), and the live contributions. */
  contributing: readonly ContributingPromise[];
  contributions: readonly Contribution[];
  tagged: readonly TaggedPromise[];
  coverable: readonly CoverablePromise[];
  capacities: readonly TeamCapacity[];
  plate: readonly PromiseOnPlate[];
  targets: readonly MetricTarget[];
  checkIns: readonly StaleCheckInFacts[];
  completions: readonly CompletionFacts[];
  declinedAsks: readonly DeclinedAsk[];
  /** Asks awaiting an answer that was asked for by a date (absent: none). */
  pendingAsks?: readonly PendingAsk[];
  planning: readonly PlanningProgress[];
  leadershipTeamIds: readonly string[];
}

export interface AllFindingsOptions {
  today: CalendarDate;
  now: IsoInstant;
  labels?: FindingLabels;
}

const codeOrder = new Map<string, number>(FINDING_CODES.map((code, index) => [code, index]));

/**
 * Every finding of a plan, routed to its parties with a next move, in the debugger's order (by
 * kind, then key). Each analysis is linear in its input (the loop search is Tarjan and Johnson's,
 * opposite targets are grouped by metric), so one pass over an organization's plan is cheap.
 */
export function findAllFindings(
  facts: PlanFacts,
  { today, now, labels = idLabels }: AllFindingsOptions,
): RoutedFinding[] {
  const horizons = new Map<string, Horizon>(facts.contributing.map((p) => [p.id, p.horizon]));
  const options = { labels };
  const routes = new Map(facts.promises.map((promise) => [promise.id, promise]));
  const live = facts.dependencies.filter((d) => d.state !== 'declined');
  const found: (Finding & { cycleId?: string })[] = [
    ...findDependencyLoops(
      live.map((d) => ({ from: d.from, to: d.to })),
      options,
    ),
    ...findUnacknowledgedDependencies(facts.dependencies, options),
    ...findDeclinedDependencies(facts.dependencies, options),
    ...findSupplierDueAfterDependent(facts.dependencies, facts.dues, options),
    ...findRisksFromSuppliers(facts.dependencies, facts.health, options),
    ...findPromisesContributingToNothing(facts.contributing, facts.contributions, options),
    ...findInvestmentsWithoutJustification(facts.tagged, facts.contributions, options),
    ...findUncoveredPromises(facts.coverable, facts.contributions, {
      today,
      horizonOf: (id) => horizons.get(id),
      labels,
    }),
    ...findTeamsOverCapacity(facts.capacities, facts.plate, options),
    ...findOppositeTargets(facts.targets, options),
    ...findStaleCheckIns(facts.checkIns, { now, labels }),
    ...findUnassessedCompletions(facts.completions, { today, labels }),
    ...findDeclinedNotReplanned(facts.declinedAsks, { today, labels }),
    ...findUnansweredAsks(facts.pendingAsks ?? [], { today, labels }),
    ...findUnansweredDependencyAsks(facts.dependencies, { today, labels }),
    ...facts.planning.flatMap((progress) =>
      findMissedPlanningDeadlines(progress, { today, labels }).map((finding) => ({
        ...finding,
        cycleId: progress.cycle.id,
      })),
    ),
  ];
  const context = { promise: (id: string) => routes.get(id), leadershipTeamIds: facts.leadershipTeamIds };
  const routed = new Map<string, RoutedFinding>();
  for (const finding of found) {
    const done = routeFinding(finding, context);
    routed.set(done.key, done);
  }
  return [...routed.values()].sort(
    (a, b) =>
      (codeOrder.get(a.code) ?? 0) - (codeOrder.get(b.code) ?? 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
