import { type CycleReview, REVIEW_PAGE_LIMIT } from '../../contract/cycle-review.js';
import { finalScoreOf } from '../../core/planning/index.js';
import {
  ENDED_STATUSES,
  isEnded,
  isProposed,
  LIVE_STATUSES,
  type Status,
} from '../../core/promises/index.js';
import { notFound } from '../errors.js';
import * as checkIns from '../store/assessments.js';
import * as carryOver from '../store/carry-over.js';
import * as review from '../store/cycle-review.js';
import * as planning from '../store/cycles.js';
import * as promises from '../store/promises.js';
import { presentRetrospective } from './assessments.js';
import type { MemberActor } from './authorization.js';
import type { ServiceContext } from './context.js';
import { cycleIdsWithin } from './cycles/cycles.js';
import { loadPresenter } from './promises/present.js';
import { loadRecords } from './promises/records.js';
import { requireTeam } from './teams.js';

/**
 * The end of a cycle: how the promises kept scored and satisfied, summed over their standings, and a
 * page of each list (kept, ended) with its final score, the customer's word and the retrospectives.
 */
export async function getCycleReview(
  ctx: ServiceContext,
  actor: MemberActor,
  cycleId: string,
  query: { teamId?: string | undefined; limit: number; keptOffset: number; endedOffset: number },
): Promise<CycleReview> {
  const cycles = await planning.listCycles(ctx.db, actor.organizationId);
  const cycle = cycles.find((c) => c.id === cycleId);
  if (!cycle) throw notFound('Cycle');
  const row = query.teamId ? await requireTeam(ctx, actor.organizationId, query.teamId) : null;
  const team = row ? { id: row.id, name: row.name } : null;
  const scope = {
    organizationId: actor.organizationId,
    cycleIds: cycleIdsWithin(cycles, cycleId),
    party: team ? { type: 'team' as const, id: team.id } : undefined,
  };
  const summary = await review.summarizeReview(ctx.db, scope, { kept: LIVE_STATUSES, ended: ENDED_STATUSES });
  // A page past the end of its list is not searched: in due order, finding none reads the whole cycle.
  const pageOf = (statuses: readonly string[], offset: number, total: number) =>
    offset >= total
      ? Promise.resolve([])
      : review.pageOfPromises(ctx.db, scope, statuses, { limit: query.limit, offset });
  const [keptIds, endedIds] = await Promise.all([
    pageOf(LIVE_STATUSES, query.keptOffset, summary.keptTotal),
    pageOf(ENDED_STATUSES, query.endedOffset, summary.endedTotal),
  ]);
  const [entries, carried] = await Promise.all([
    reviewEntries(ctx, actor.organizationId, [...keptIds, ...endedIds]),
    carryOver.listCarriedOutOf(ctx.db, actor.organizationId, scope.cycleIds, REVIEW_PAGE_LIMIT),
  ]);
  return {
    cycle: { id: cycle.id, name: cycle.name, startDate: cycle.start_date, endDate: cycle.end_date },
    team,
    kept: keptIds.map((id) => entries.get(id)!),
    keptTotal: summary.keptTotal,
    ended: endedIds.map((id) => entries.get(id)!),
    endedTotal: summary.endedTotal,
    carriedOver: carried.map((row) => ({
      from: {
        id: row.from_id,
        title: row.from_title,
        status: row.from_status as Status,
        cycle: {
          id: row.from_cycle_id,
          name: cycles.find((c) => c.id === row.from_cycle_id)?.name ?? cycle.name,
        },
      },
      into: {
        id: row.into_id,
        title: row.into_title,
        status: row.into_status as Status,
        cycle: { id: row.into_cycle_id, name: row.into_cycle_name },
      },
    })),
    limit: query.limit,
    keptOffset: query.keptOffset,
    endedOffset: query.endedOffset,
    averageScore: summary.scored > 0 ? summary.scoreTotal / summary.scored : null,
    satisfied: summary.satisfied,
    assessed: summary.byStatus.reduce((sum, row) => sum + row.assessed, 0),
    outcomes: outcomesOf(summary.byStatus),
  };
}

/** The kept promises by outcome, from their counts by status and latest assessment. */
function outcomesOf(
  rows: ReadonlyArray<{ status: string; isSatisfied: boolean | null; count: number }>,
): CycleReview['outcomes'] {
  const outcomes = { satisfied: 0, awaitingAssessment: 0, sentBack: 0, beingKept: 0, inNegotiation: 0 };
  for (const row of rows) {
    if (row.status === 'satisfied') outcomes.satisfied += row.count;
    else if (row.status === 'reported') outcomes.awaitingAssessment += row.count;
    else if (row.status === 'promised' && row.isSatisfied === false) outcomes.sentBack += row.count;
    else if (row.status === 'promised') outcomes.beingKept += row.count;
    else if (isProposed(row.status as Status)) outcomes.inNegotiation += row.count;
  }
  return outcomes;
}

/** The review entries of a page of promises, by id. */
async function reviewEntries(ctx: ServiceContext, organizationId: string, ids: readonly string[]) {
  const records = await loadRecords(
    ctx,
    organizationId,
    await promises.findPromises(ctx.db, organizationId, ids),
  );
  const [presenter, assessments, retrospectives] = await Promise.all([
    loadPresenter(ctx, organizationId, records),
    checkIns.listAssessments(ctx.db, organizationId, ids),
    checkIns.listRetrospectives(ctx.db, organizationId, ids),
  ]);
  return new Map(
    records.map((record) => {
      const assessment = assessments.filter((a) => a.promise_id === record.row.id).at(-1);
      const facts = {
        status: record.state.status,
        currentScore: presenter.standing(record.row.id)?.score ?? null,
        assessment: assessment ? { score: assessment.score, satisfied: assessment.satisfied === 1 } : null,
      };
      return [
        record.row.id,
        {
          promise: presenter.summary(record),
          finalScore: finalScoreOf(facts),
          satisfaction: assessment
            ? { satisfied: assessment.satisfied === 1, note: assessment.note, at: assessment.at }
            : null,
          retrospectives: retrospectives
            .filter((r) => r.promise_id === record.row.id)
            .map(presentRetrospective),
          reason:
            isEnded(record.state.status) && record.state.lastReason ? { ...record.state.lastReason } : null,
        },
      ];
    }),
  );
}
