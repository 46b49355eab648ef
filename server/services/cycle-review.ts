import type { CycleReview } from '../../contract/cycle-review.js';
import { finalScoreOf, summarizeCycleReview } from '../../core/planning/index.js';
import { isEnded, STATUSES } from '../../core/promises/index.js';
import { notFound } from '../errors.js';
import * as checkIns from '../store/assessments.js';
import * as planning from '../store/cycles.js';
import * as promises from '../store/promises.js';
import { presentRetrospective } from './assessments.js';
import type { MemberActor } from './authorization.js';
import type { ServiceContext } from './context.js';
import { cycleIdsWithin } from './cycles/cycles.js';
import { loadPresenter } from './promises/present.js';
import { loadRecords } from './promises/records.js';
import { requireTeam } from './teams.js';

/** Every status but a draft's: what has been opened between two sides. */
const OPENED_STATUSES = STATUSES.filter((status) => status !== 'draft');

export async function promisesInScope(
  ctx: ServiceContext,
  actor: MemberActor,
  scope: { cycleIds?: string[] | undefined; party?: { type: 'person' | 'team'; id: string } | undefined },
) {
  // Drafts are left out for everyone, so whose they are does not matter here.
  const rows = await promises.listPromisesInStatuses(ctx.db, actor.organizationId, OPENED_STATUSES, {
    cycleIds: scope.cycleIds,
    party: scope.party,
  });
  return loadRecords(ctx, actor.organizationId, rows);
}

/** The end of a cycle: every promise with its final score, the customer's word and the retrospective. */
export async function getCycleReview(
  ctx: ServiceContext,
  actor: MemberActor,
  cycleId: string,
  teamId?: string,
): Promise<CycleReview> {
  const cycles = await planning.listCycles(ctx.db, actor.organizationId);
  const cycle = cycles.find((c) => c.id === cycleId);
  if (!cycle) throw notFound('Cycle');
  const row = teamId ? await requireTeam(ctx, actor.organizationId, teamId) : null;
  const team = row ? { id: row.id, name: row.name } : null;
  const records = await promisesInScope(ctx, actor, {
    cycleIds: cycleIdsWithin(cycles, cycleId),
    party: team ? { type: 'team', id: team.id } : undefined,
  });
  const ids = records.map((r) => r.row.id);
  const [presenter, assessments, retrospectives] = await Promise.all([
    loadPresenter(ctx, actor.organizationId, records),
    checkIns.listAssessments(ctx.db, actor.organizationId, ids),
    checkIns.listRetrospectives(ctx.db, actor.organizationId, ids),
  ]);
  // Each promise with the facts its review is summed up from, and the entry the page shows.
  const reviewed = records.map((record) => {
    const assessment = assessments.filter((a) => a.promise_id === record.row.id).at(-1);
    const facts = {
      status: record.state.status,
      currentScore: presenter.standing(record.row.id)?.score ?? null,
      assessment: assessment ? { score: assessment.score, satisfied: assessment.satisfied === 1 } : null,
    };
    return {
      ...facts,
      entry: {
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
    };
  });
  const summary = summarizeCycleReview(reviewed);
  return {
    cycle: { id: cycle.id, name: cycle.name, startDate: cycle.start_date, endDate: cycle.end_date },
    team,
    kept: summary.kept.map((p) => p.entry),
    ended: summary.ended.map((p) => p.entry),
    averageScore: summary.averageScore,
    satisfied: summary.satisfied,
  };
}
