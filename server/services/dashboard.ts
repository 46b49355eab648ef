import { DASHBOARD_LIST_LIMIT, type Dashboard } from '../../contract/dashboard.js';
import { calendarDateOfInstant, cycleContaining, endOfWeekDay, weeksOf } from '../../core/planning/index.js';
import {
  isLive,
  LIVE_STATUSES,
  PHASES,
  type Phase,
  STATUSES,
  type Status,
} from '../../core/promises/index.js';
import { CHECK_IN_STATUSES, type CheckInStatus } from '../../core/scoring/index.js';
import { notFound } from '../errors.js';
import * as planning from '../store/cycles.js';
import * as figures from '../store/dashboard.js';
import * as people from '../store/people.js';
import { findPromises } from '../store/promises.js';
import type { MemberActor } from './authorization.js';
import { iso, type ServiceContext } from './context.js';
import { cycleIdsWithin } from './cycles/cycles.js';
import { dashboardFiguresAsOf } from './dashboard-as-of.js';
import { asOfInstant } from './promises/as-of.js';
import { loadPresenter } from './promises/present.js';
import { loadRecords } from './promises/records.js';
import { requireTeam } from './teams.js';

/** Every status but a draft's (kept or discarded): what has been opened between two sides. */
const OPENED_STATUSES = STATUSES.filter((status) => status !== 'draft' && status !== 'discarded');

/**
 * A cycle at a glance for the organization, a team or a person: phases, risk, staleness and progress
 * over time. Figures are aggregates over the promises' standings (kept on write), and the promises
 * needing attention are a first page with a total, so the answer's size and cost do not follow the
 * organization's.
 */
export async function getDashboard(
  ctx: ServiceContext,
  actor: MemberActor,
  input: {
    cycleId?: string | undefined;
    teamId?: string | undefined;
    personId?: string | undefined;
    at?: string | undefined;
  },
): Promise<Dashboard> {
  // As of a past moment, "now" and "today" are that moment's: the cycle running then, its weeks up to then.
  const at = input.at === undefined ? undefined : asOfInstant(input.at, ctx.now());
  const cycles = await planning.listCycles(ctx.db, actor.organizationId);
  const now = at ?? iso(ctx.now());
  const today = calendarDateOfInstant(new Date(now));
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
  const scope: figures.DashboardScope = {
    organizationId: actor.organizationId,
    cycleIds: cycle ? cycleIdsWithin(cycles, cycle.id) : undefined,
    party: input.teamId
      ? { type: 'team', id: input.teamId }
      : input.personId
        ? { type: 'person', id: input.personId }
        : undefined,
  };
  const weeks = cycle ? weeksOf({ start: cycle.start_date, end: cycle.end_date }, today) : [];
  // Each week's point is the score standing at its end, and today's is the score now (or at `at`).
  const weekEnds = weeks.map((date) => (date === today ? now : endOfWeekDay(date)));
  const progressOverTime = async () => {
    const weekly = await figures.weeklyScoreTotals(ctx.db, scope, LIVE_STATUSES, weekEnds);
    return weeks.map((date, index) => {
      const week = weekly[index]!;
      return { date, averageScore: week.count > 0 ? week.total / week.count : null };
    });
  };
  const cycleView = cycle
    ? { id: cycle.id, name: cycle.name, startDate: cycle.start_date, endDate: cycle.end_date }
    : null;
  if (at !== undefined) {
    const [figuresThen, points] = await Promise.all([
      dashboardFiguresAsOf(ctx, scope, at),
      progressOverTime(),
    ]);
    return { cycle: cycleView, ...figuresThen, progressOverTime: points };
  }
  const [groups, weekly] = await Promise.all([
    figures.figureGroups(ctx.db, scope, OPENED_STATUSES, now),
    progressOverTime(),
  ]);
  const byPhase = Object.fromEntries(PHASES.map((phase) => [phase, 0])) as Record<Phase, number>;
  const byCheckInStatus = Object.fromEntries(
    [...CHECK_IN_STATUSES, 'none'].map((status) => [status, 0]),
  ) as Record<CheckInStatus | 'none', number>;
  const scores = { total: 0, count: 0 };
  const totals = { atRisk: 0, stale: 0, either: 0 };
  for (const group of groups) {
    byPhase[group.phase as Phase] += group.count;
    if (isLive(group.status as Status)) {
      scores.total += group.scoreTotal;
      scores.count += group.scored;
    }
    if (group.status !== 'promised') continue;
    byCheckInStatus[(group.checkInStatus ?? 'none') as CheckInStatus | 'none'] += group.count;
    const isAtRisk = group.checkInStatus === 'at-risk' || group.checkInStatus === 'off-track';
    if (isAtRisk) totals.atRisk += group.count;
    totals.stale += group.stale;
    totals.either += isAtRisk ? group.count : group.stale;
  }
  // A list with none to show is not searched: in due order, finding none reads the whole cycle.
  const firstPage = (kind: figures.Attention, total: number) =>
    total === 0
      ? Promise.resolve([])
      : figures.promisesNeedingAttention(ctx.db, scope, kind, now, DASHBOARD_LIST_LIMIT);
  const [atRisk, stale] = await Promise.all([
    firstPage('at-risk', totals.atRisk),
    firstPage('stale', totals.stale),
  ]);
  const listed = await presentPromises(ctx, actor.organizationId, [...new Set([...atRisk, ...stale])]);
  return {
    cycle: cycleView,
    byPhase,
    byCheckInStatus,
    averageScore: scores.count > 0 ? scores.total / scores.count : null,
    atRisk: atRisk.map((id) => listed.get(id)!),
    atRiskTotal: totals.atRisk,
    stale: stale.map((id) => listed.get(id)!),
    staleTotal: totals.stale,
    needAttentionTotal: totals.either,
    progressOverTime: weekly,
  };
}

/** The summaries of a page of promises, by id. */
async function presentPromises(ctx: ServiceContext, organizationId: string, ids: readonly string[]) {
  const records = await loadRecords(ctx, organizationId, await findPromises(ctx.db, organizationId, ids));
  const presenter = await loadPresenter(ctx, organizationId, records);
  return new Map(records.map((record) => [record.row.id, presenter.summary(record)]));
}
