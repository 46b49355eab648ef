import type { Dashboard } from '../../contract/dashboard.js';
import type { PromiseSummary } from '../../contract/promises.js';
import {
  type CalendarDate,
  calendarDateOfInstant,
  cycleContaining,
  summarizeDashboard,
  weeklyAverageScores,
} from '../../core/planning/index.js';
import { isLive } from '../../core/promises/index.js';
import { notFound } from '../errors.js';
import * as checkIns from '../store/check-ins.js';
import * as planning from '../store/cycles.js';
import * as people from '../store/people.js';
import type { CyclesTable } from '../store/schema.js';
import type { MemberActor } from './authorization.js';
import type { ServiceContext } from './context.js';
import { promisesInScope } from './cycle-review.js';
import { cycleIdsWithin } from './cycles/cycles.js';
import { recordedValues } from './progress.js';
import { loadPresenter } from './promises/present.js';
import type { PromiseRecord } from './promises/records.js';
import { requireTeam } from './teams.js';

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
    const member = await people.findMembership(ctx.db, actor.organizationId, input.personId);
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
  return {
    cycle: cycle
      ? { id: cycle.id, name: cycle.name, startDate: cycle.start_date, endDate: cycle.end_date }
      : null,
    ...summarizeDashboard(summaries),
    progressOverTime: cycle ? await progressOverTime(ctx, actor.organizationId, records, cycle, today) : [],
  };
}

/** The average score of the live promises as it stood at the end of each week of the cycle so far. */
async function progressOverTime(
  ctx: ServiceContext,
  organizationId: string,
  records: readonly PromiseRecord[],
  cycle: CyclesTable,
  today: CalendarDate,
) {
  const live = records.filter((record) => isLive(record.state.status));
  const values = await checkIns.listValues(
    ctx.db,
    organizationId,
    live.map((r) => r.row.id),
  );
  const histories = live.map((record) => ({
    status: record.state.status,
    createdAt: record.row.created_at,
    conditions: record.state.terms.conditions,
    values: recordedValues(values.filter((v) => v.promise_id === record.row.id)),
  }));
  return weeklyAverageScores(histories, { start: cycle.start_date, end: cycle.end_date }, today);
}
