import type { Dashboard } from '../../contract/dashboard.js';
import type { PromiseSummary } from '../../contract/promises.js';
import { addDays, calendarDateOfInstant, cycleContaining, earliestDate } from '../../core/planning/index.js';
import { notFound } from '../errors.js';
import * as checkIns from '../store/check-ins.js';
import * as planning from '../store/cycles.js';
import type { CyclesTable } from '../store/schema.js';
import type { MemberActor } from './authorization.js';
import { iso, type ServiceContext } from './context.js';
import { ENDED, promisesInScope } from './cycle-review.js';
import { cycleIdsWithin } from './cycles/cycles.js';
import { scoreConditions } from './progress.js';
import { loadPresenter } from './promises/present.js';
import type { PromiseRecord } from './promises/records.js';
import { requireTeam } from './teams.js';

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
