import type { PromiseSummary } from '../../contract/promises.js';
import type { CycleReview, Dashboard } from '../../contract/review.js';
import { addDays, calendarDateOfInstant, cycleContaining, earliestDate } from '../../core/planning/index.js';
import { notFound } from '../errors.js';
import * as checkIns from '../store/check-ins.js';
import * as planning from '../store/planning.js';
import * as promises from '../store/promises.js';
import type { CyclesTable } from '../store/schema.js';
import type { MemberActor } from './authorization.js';
import { iso, type ServiceContext } from './context.js';
import { loadViewer } from './parties.js';
import { cycleIdsWithin } from './planning.js';
import { scoreConditions } from './progress.js';
import { loadPresenter } from './promises/present.js';
import { loadRecords, type PromiseRecord } from './promises/records.js';
import { viewerParties } from './promises/visibility.js';
import { requireTeam } from './teams.js';

const ENDED = ['declined', 'withdrawn', 'revoked'];

async function promisesInScope(
  ctx: ServiceContext,
  actor: MemberActor,
  scope: { cycleIds?: string[] | undefined; party?: { type: 'person' | 'team'; id: string } | undefined },
) {
  const viewer = await loadViewer(ctx, actor);
  const { rows } = await promises.listPromises(
    ctx.db,
    actor.organizationId,
    {
      cycleIds: scope.cycleIds,
      parties: scope.party ? { list: [scope.party], as: 'either' } : undefined,
      draftVisibleTo: viewerParties(viewer),
      excludeStatuses: ['draft'],
    },
    { limit: 5000, offset: 0 },
  );
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
  const entry = (record: PromiseRecord) => {
    const assessment = assessments.filter((a) => a.promise_id === record.row.id).at(-1);
    return {
      promise: presenter.summary(record),
      finalScore: assessment ? assessment.score : (presenter.progress(record.row.id)?.score ?? null),
      satisfaction: assessment
        ? { satisfied: assessment.satisfied === 1, note: assessment.note, at: assessment.at }
        : null,
      retrospectives: retrospectives
        .filter((r) => r.promise_id === record.row.id)
        .map((r) => ({
          id: r.id,
          side: r.side,
          person: { id: r.person_id, name: r.person_name },
          wentWell: r.went_well,
          toChange: r.to_change,
          at: r.at,
        })),
      reason:
        ENDED.includes(record.state.status) && record.state.lastReason
          ? { ...record.state.lastReason }
          : null,
    };
  };
  const kept = records.filter((r) => !ENDED.includes(r.state.status) && r.state.openedBy !== null).map(entry);
  const ended = records.filter((r) => ENDED.includes(r.state.status)).map(entry);
  const scored = kept.map((k) => k.finalScore).filter((s): s is number => s !== null);
  return {
    cycle: { id: cycle.id, name: cycle.name, startDate: cycle.start_date, endDate: cycle.end_date },
    team,
    kept,
    ended,
    averageScore: scored.length ? scored.reduce((a, b) => a + b, 0) / scored.length : null,
    satisfied: kept.filter((k) => k.satisfaction?.satisfied && k.promise.status === 'satisfied').length,
  };
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** A cycle at a glance for the organization, a team or a person: phases, risk, staleness and progress over time. */
export async function getDashboard(
  ctx: ServiceContext,
  actor: MemberActor,
  input: { cycleId?: string | undefined; teamId?: string | undefined; personId?: string | undefined },
): Promise<Dashboard> {
  const cycles = await planning.listCycles(ctx.db, actor.organizationId);
  const today = calendarDateOfInstant(ctx.now());
  const cycle = input.cycleId
    ? cycles.find((c) => c.id === input.cycleId)
    : // The shortest cycle running today: the quarter rather than the year that holds it.
      (cycleContaining(
        cycles.map((c) => ({ ...c, start: c.start_date, end: c.end_date })),
        today,
      ) ?? undefined);
  if (input.cycleId && !cycle) throw notFound('Cycle');
  if (input.teamId) await requireTeam(ctx, actor.organizationId, input.teamId);
  if (input.personId) {
    const member = await ctx.db
      .selectFrom('memberships')
      .select('person_id')
      .where('organization_id', '=', actor.organizationId)
      .where('person_id', '=', input.personId)
      .executeTakeFirst();
    if (!member) throw notFound('Person');
  }
  const party = input.teamId
    ? { type: 'team' as const, id: input.teamId }
    : input.personId
      ? { type: 'person' as const, id: input.personId }
      : undefined;
  const records = await promisesInScope(ctx, actor, {
    cycleIds: cycle ? cycleIdsWithin(cycles, cycle.id) : undefined,
    party,
  });
  const presenter = await loadPresenter(ctx, actor.organizationId, records);
  const summaries: PromiseSummary[] = records.map(presenter.summary);
  const count = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, 0]));
  const byPhase = count(['listen', 'negotiate', 'execute', 'assess', 'closed']);
  const byCheckInStatus = count(['on-track', 'at-risk', 'off-track', 'none']);
  for (const s of summaries) {
    byPhase[s.phase] = (byPhase[s.phase] ?? 0) + 1;
    if (s.status === 'promised') {
      const key = s.checkInStatus ?? 'none';
      byCheckInStatus[key] = (byCheckInStatus[key] ?? 0) + 1;
    }
  }
  const live = summaries.filter((s) => !ENDED.includes(s.status) && s.status !== 'draft');
  return {
    cycle: cycle
      ? { id: cycle.id, name: cycle.name, startDate: cycle.start_date, endDate: cycle.end_date }
      : null,
    byPhase,
    byCheckInStatus,
    averageScore: mean(live.map((s) => s.score).filter((x): x is number => x !== null)),
    atRisk: summaries.filter(
      (s) => s.status === 'promised' && (s.checkInStatus === 'at-risk' || s.checkInStatus === 'off-track'),
    ),
    stale: summaries.filter((s) => s.isStale),
    progressOverTime: cycle
      ? await progressOverTime(ctx, actor.organizationId, records, cycle, iso(ctx.now()))
      : [],
  };
}

/** The average score of the live promises as it stood at the end of each week of the cycle so far. */
async function progressOverTime(
  ctx: ServiceContext,
  organizationId: string,
  records: readonly PromiseRecord[],
  cycle: CyclesTable,
  now: string,
) {
  const live = records.filter((r) => !ENDED.includes(r.state.status) && r.state.openedBy !== null);
  const values = await checkIns.listValues(
    ctx.db,
    organizationId,
    live.map((r) => r.row.id),
  );
  const today = calendarDateOfInstant(new Date(now));
  const last = earliestDate(today, cycle.end_date);
  const points: Array<{ date: string; averageScore: number | null }> = [];
  for (let date = cycle.start_date; date <= last; date = addDays(date, 7)) {
    const until = `${date}T23:59:59.999Z`;
    const scores = live
      // A promise made later has no score yet on that date: it does not pull the average to 0.
      .filter((record) => record.row.created_at <= until)
      .map((record) => {
        const latest = (conditionId: string) => {
          const v = values
            .filter((x) => x.promise_id === record.row.id && x.condition_id === conditionId && x.at <= until)
            .at(-1);
          return v ? (v.value !== null ? String(v.value) : v.done === 1) : null;
        };
        return scoreConditions(record.state.terms.conditions, latest).score;
      })
      .filter((s): s is number => s !== null);
    points.push({ date, averageScore: mean(scores) });
    if (points.length > 200) break;
  }
  return points;
}
