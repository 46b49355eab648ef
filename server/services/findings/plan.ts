import {
  type CalendarDate,
  type ContributingPromise,
  type CoverablePromise,
  type DeclinedAsk,
  type FindingLabels,
  type MetricTarget,
  nominalDays,
  type PendingAsk,
  type PlanFacts,
  type PlanningProgress,
  type PromiseRoute,
  planningDueDates,
  type TeamCapacity,
} from '../../../core/planning/index.js';
import { awaitedAnswerOf } from '../../../core/promises/index.js';
import { checkInStanding } from '../../../core/scoring/index.js';
import * as alignmentStore from '../../store/alignment.js';
import * as cyclesStore from '../../store/cycles.js';
import * as directionStore from '../../store/direction.js';
import * as store from '../../store/findings.js';
import * as teamStore from '../../store/teams.js';
import type { ServiceContext } from '../context.js';
import { toCoreHorizon } from '../cycles/cycles.js';
import { groupBy } from '../group-by.js';
import { parseState } from '../promises/records.js';

const dayOf = (instant: string): CalendarDate => instant.slice(0, 10);
const live = new Set(['requested', 'offered', 'countered', 'promised', 'reported', 'satisfied']);
const agreed = new Set(['promised', 'reported']);

/** What loading the plan needs: a connection, its dialect and the time (the findings worker has no more). */
export type PlanContext = Pick<ServiceContext, 'db' | 'dialect' | 'now'>;

export interface LoadedPlan {
  facts: PlanFacts;
  labels: FindingLabels;
  /** Each cycle's id and its parent's, to filter by a cycle and the cycles nested in it. */
  cycles: readonly { id: string; parentId: string | null }[];
}

/**
 * The organization's plan as the strategy debugger sees it, in a fixed number of set queries (plus
 * one per cycle still in planning, for its teams' first drafts). Private drafts are not in it.
 */
export async function loadPlan(ctx: PlanContext, organizationId: string): Promise<LoadedPlan> {
  const db = ctx.db;
  const nowIso = ctx.now().toISOString();
  const [
    rows,
    performerRows,
    tagRows,
    contributionRows,
    dependencyRows,
    capacityRows,
    cycles,
    horizons,
    teams,
  ] = await Promise.all([
    store.listPlanPromises(db, organizationId),
    store.listPlanPerformers(db, organizationId),
    store.listPlanTags(db, organizationId),
    store.listContributions(db, organizationId),
    alignmentStore.listDependencies(db, organizationId, {}),
    store.listAllCapacities(db, organizationId),
    cyclesStore.listCycles(db, organizationId),
    cyclesStore.listHorizons(db, organizationId),
    teamStore.listTeams(db, organizationId, 'all'),
  ]);
  const [settings, lastAsks] = await Promise.all([
    cyclesStore.findPlanningSettings(db, organizationId),
    store.lastAskOfCustomers(db, organizationId),
  ]);
  const offsets = {
    directionDueWeeksBefore: settings.directionWeeksBefore,
    draftsDueWeeksBefore: settings.draftsWeeksBefore,
  };

  const horizonById = new Map(horizons.map((h) => [h.id, toCoreHorizon(h)]));
  const cycleById = new Map(cycles.map((c) => [c.id, c]));
  const horizonOfCycle = (cycleId: string) => {
    const cycle = cycleById.get(cycleId);
    return cycle ? horizonById.get(cycle.horizon_id) : undefined;
  };
  const performersOf = groupBy(performerRows, (p) => p.promise_id);
  const tagsOf = groupBy(tagRows, (t) => t.promise_id);
  const inPlan = new Set(rows.map((r) => r.id));

  const promises = rows.map((row) => {
    const performers = (performersOf.get(row.id) ?? []).map((p) => ({ type: p.party_type, id: p.party_id }));
    const performerTeamId = performers.find((p) => p.type === 'team')?.id ?? null;
    const state = parseState(ctx.dialect, row.state);
    const cycle = cycleById.get(row.cycle_id);
    return { row, state, performers, performerTeamId, cycle, horizon: horizonOfCycle(row.cycle_id) };
  });
  const byId = new Map(promises.map((p) => [p.row.id, p]));

  const routes: PromiseRoute[] = promises.map(({ row, performers, state }) => ({
    id: row.id,
    cycleId: row.cycle_id,
    status: row.status as PromiseRoute['status'],
    customer: { type: row.customer_type, id: row.customer_id },
    performers,
    awaiting: state.awaiting,
  }));

  // Links to or from a private draft (or a closed cycle) are not part of the plan.
  const dependencies = dependencyRows
    .filter(
      (d) =>
        inPlan.has(d.promise_id) && (d.supplier_promise_id === null || inPlan.has(d.supplier_promise_id)),
    )
    .map((d) => ({
      id: d.id,
      from: d.promise_id,
      to: d.supplier_promise_id,
      supplierTeamId: d.supplier_team_id,
      state: d.state,
      replyBy: d.reply_by,
    }));
  const isLive = (id: string) => live.has(byId.get(id)?.row.status ?? '');
  const contributions = contributionRows
    .filter((c) => isLive(c.from_promise_id) && isLive(c.to_promise_id))
    .map((c) => ({ from: c.from_promise_id, to: c.to_promise_id }));

  const livePromises = promises.filter((p) => live.has(p.row.status) && p.horizon !== undefined);
  // Contributions are a practice an organization adopts; until it links any, nothing "serves nothing".
  // The top is the longest horizon promised in, not configured: a year plan with no 3-year promise
  // has nothing longer for its year promises to serve.
  const contributing: ContributingPromise[] =
    contributions.length === 0
      ? []
      : livePromises.map((p) => ({ id: p.row.id, horizon: p.horizon!, performerTeamId: p.performerTeamId }));

  const childrenOf = groupBy(
    cycles.filter((c) => c.parent_id !== null),
    (c) => c.parent_id ?? '',
  );
  const shorterDraftsDue = (cycleId: string, days: number): CalendarDate | null => {
    let earliest: CalendarDate | null = null;
    const pending = [...(childrenOf.get(cycleId) ?? [])];
    for (let child = pending.pop(); child !== undefined; child = pending.pop()) {
      pending.push(...(childrenOf.get(child.id) ?? []));
      const horizon = horizonById.get(child.horizon_id);
      if (!horizon || nominalDays(horizon) >= days || child.archived_at !== null) continue;
      const due = planningDueDates(child.start_date, offsets).drafts;
      if (earliest === null || due < earliest) earliest = due;
    }
    return earliest;
  };
  const coverable: CoverablePromise[] = livePromises
    .filter((p) => agreed.has(p.row.status))
    .map((p) => ({
      id: p.row.id,
      horizon: p.horizon!,
      performerTeamId: p.performerTeamId,
      shorterDraftsDueOn: shorterDraftsDue(p.row.cycle_id, nominalDays(p.horizon!)),
    }))
    .filter((p) => p.shorterDraftsDueOn !== null);

  const capacities: TeamCapacity[] = capacityRows.map((c) =>
    c.unit === 'points'
      ? { teamId: c.team_id, cycleId: c.cycle_id, points: c.amount }
      : { teamId: c.team_id, cycleId: c.cycle_id, promises: c.amount },
  );

  const targets: MetricTarget[] = promises
    .filter((p) => live.has(p.row.status) && p.row.status !== 'satisfied' && p.cycle)
    .flatMap((p) =>
      p.state.terms.conditions.flatMap((condition): MetricTarget[] => {
        const keyResult = condition.keyResult;
        if (keyResult === null || keyResult.kind !== 'metric' || !p.cycle) return [];
        return [
          {
            promiseId: p.row.id,
            performerTeamId: p.performerTeamId,
            metric: condition.text,
            unit: keyResult.unit,
            direction: keyResult.direction,
            ...(keyResult.direction === 'stay-within'
              ? { band: keyResult.band }
              : { target: keyResult.target }),
            timeFrame: { start: p.cycle.start_date, end: p.cycle.end_date },
          },
        ];
      }),
    );

  const kept = promises.filter((p) => p.row.status === 'promised' && p.cycle);
  const checkIns = kept.map((p) => ({
    promiseId: p.row.id,
    performerTeamId: p.performerTeamId,
    status: p.row.status as 'promised',
    agreedAt: p.row.agreed_at,
    cycleStart: `${p.cycle!.start_date}T00:00:00.000Z`,
    cadence: p.cycle!.check_in_cadence,
    lastCheckInAt: p.row.last_check_in_at,
  }));
  const staleIds = new Set(
    checkIns.filter((facts) => checkInStanding(facts, nowIso).isStale).map((f) => f.promiseId),
  );

  const health = promises.map((p) => ({
    id: p.row.id,
    status: p.row.status as PromiseRoute['status'],
    health: p.row.last_check_in_status,
    isStale: staleIds.has(p.row.id),
    performerTeamId: p.performerTeamId,
  }));

  const teamOf = (party: { type: string; id: string }) => (party.type === 'team' ? party.id : null);
  const completions = promises
    .filter((p) => p.row.status === 'reported')
    .map((p) => ({
      promiseId: p.row.id,
      customerTeamId: teamOf({ type: p.row.customer_type, id: p.row.customer_id }),
      performerTeamId: p.performerTeamId,
      reportedOn: dayOf(p.state.lastMove?.at ?? p.row.updated_at),
    }));

  const dependentsOf = groupBy(
    dependencies.filter((d) => d.to !== null),
    (d) => d.to ?? '',
  );
  const declinedAsks: DeclinedAsk[] = promises
    .filter((p) => p.row.status === 'declined' && p.state.openedBy === 'customer')
    .map((p) => {
      const lastAsk = lastAsks.get(`${p.row.customer_type}:${p.row.customer_id}`);
      return {
        promiseId: p.row.id,
        askerTeamId: teamOf({ type: p.row.customer_type, id: p.row.customer_id }),
        declinedByTeamId: p.performerTeamId,
        declinedAt: new Date(p.state.lastMove?.at ?? p.row.updated_at).toISOString(),
        isForCapacity: p.state.lastReason?.code === 'capacity',
        askerLastAskedAt: lastAsk ? new Date(lastAsk).toISOString() : null,
        dependents: (dependentsOf.get(p.row.id) ?? []).flatMap((d) => {
          const dependent = byId.get(d.from);
          return dependent
            ? [{ promiseId: d.from, changedAt: new Date(dependent.row.updated_at).toISOString() }]
            : [];
        }),
      };
    });

  const pendingAsks: PendingAsk[] = promises.flatMap((p): PendingAsk[] => {
    const ask = awaitedAnswerOf(p.state);
    const replyBy = p.state.replyBy;
    if (!replyBy || (ask !== 'request' && ask !== 'offer' && ask !== 'counter' && ask !== 'renegotiation'))
      return [];
    const customerTeamId = teamOf({ type: p.row.customer_type, id: p.row.customer_id });
    const isCustomerAwaited = p.state.awaiting === 'customer';
    return [
      {
        promiseId: p.row.id,
        ask,
        awaitedTeamId: isCustomerAwaited ? customerTeamId : p.performerTeamId,
        askerTeamId: isCustomerAwaited ? p.performerTeamId : customerTeamId,
        replyBy,
      },
    ];
  });

  const planningCycles = cycles.filter((c) => c.state === 'planning' && c.archived_at === null);
  const activeTeams = teams.filter((t) => t.archived_at === null);
  const [versions, firstDrafts] = await Promise.all([
    directionStore.listDirectionVersions(
      db,
      organizationId,
      planningCycles.map((c) => c.id),
    ),
    Promise.all(planningCycles.map((c) => cyclesStore.firstDraftOfTeams(db, organizationId, c.id))),
  ]);
  const planning: PlanningProgress[] = planningCycles.map((cycle, index) => {
    const published = versions
      .filter((v) => v.cycle_id === cycle.id)
      .map((v) => v.published_at)
      .sort()[0];
    return {
      cycle: { id: cycle.id, start: cycle.start_date, state: cycle.state },
      offsets,
      directionPublishedOn: published ? dayOf(published) : null,
      teams: activeTeams
        .filter((t) => t.is_leadership === 0)
        .map((t) => {
          const first = firstDrafts[index]?.get(t.id);
          return { teamId: t.id, firstDraftOn: first ? dayOf(first) : null, approvedOn: null };
        }),
    };
  });

  const teamNames = new Map(teams.map((t) => [t.id, t.name]));
  return {
    facts: {
      promises: routes,
      dependencies,
      dues: promises.map((p) => ({ id: p.row.id, due: p.row.due_date })),
      health,
      contributing,
      contributions,
      tagged: livePromises.map((p) => ({
        id: p.row.id,
        performerTeamId: p.performerTeamId,
        tags: (tagsOf.get(p.row.id) ?? []).map((t) => t.tag),
      })),
      coverable,
      capacities,
      plate: promises.map((p) => ({
        id: p.row.id,
        performerTeamId: p.performerTeamId,
        cycleId: p.row.cycle_id,
        state: p.row.status as PromiseRoute['status'],
        size: p.row.size,
      })),
      targets,
      checkIns,
      completions,
      declinedAsks,
      pendingAsks,
      planning,
      leadershipTeamIds: activeTeams.filter((t) => t.is_leadership === 1).map((t) => t.id),
    },
    labels: {
      promise: (id) => `"${byId.get(id)?.row.title ?? 'a promise'}"`,
      team: (id) => teamNames.get(id) ?? 'a team',
      cycle: (id) => cycleById.get(id)?.name ?? 'a cycle',
    },
    cycles: cycles.map((c) => ({ id: c.id, parentId: c.parent_id })),
  };
}
