import { sql } from 'kysely';
import { LIVE_STATUSES } from '../../core/promises/index.js';
import type { Db } from './database.js';
import { filtered, type PartyFilter } from './promises.js';
import { dayOf } from './standings.js';

/**
 * A dashboard's figures as aggregates over the promises of a scope and their standings (0007): the
 * answer is a handful of rows whatever the size of the organization.
 */
export interface DashboardScope {
  organizationId: string;
  /** The cycle and the cycles within it; undefined for every cycle. */
  cycleIds?: readonly string[] | undefined;
  party?: PartyFilter | undefined;
}

/** The promises of a scope in these statuses, as `pr`. */
export function inScope(db: Db, scope: DashboardScope, statuses: readonly string[]) {
  return filtered(db, scope.organizationId, {
    cycleIds: scope.cycleIds,
    parties: scope.party ? { list: [scope.party], as: 'either' } : undefined,
    statuses,
    draftVisibleTo: 'all',
  });
}

/**
 * Every promise of a scope made by `madeBy`, whatever its status now: the dashboard as of a past
 * moment folds each one's moves up to then, so its cost is the scope's (a cycle, a team's or a
 * person's part of it), never the organization's.
 */
export async function listScopeMadeBy(db: Db, scope: DashboardScope, madeBy: string) {
  return filtered(db, scope.organizationId, {
    cycleIds: scope.cycleIds,
    parties: scope.party ? { list: [scope.party], as: 'either' } : undefined,
    madeBy,
    draftVisibleTo: 'all',
  })
    .selectAll('pr')
    .execute();
}

/** The promises of a scope in these statuses, as `pr`, with their standings as `s`. */
export function withStanding(db: Db, scope: DashboardScope, statuses: readonly string[]) {
  return inScope(db, scope, statuses).innerJoin('promise_standings as s', (j) =>
    j.onRef('s.organization_id', '=', 'pr.organization_id').onRef('s.promise_id', '=', 'pr.id'),
  );
}

/** One group of a scope's promises: a status, a phase and a latest check-in status (null: none yet). */
export interface FigureGroup {
  status: string;
  phase: string;
  checkInStatus: string | null;
  count: number;
  /** The sum and count of the scores of the group's promises that have one. */
  scoreTotal: number;
  scored: number;
  /** How many of them were due a check-in before `now`. */
  stale: number;
}

/**
 * Every figure of a dashboard in one pass over the promises of a scope in these statuses (a covering
 * index, promises_cycle_status, and each one's standing): counted by status, phase and latest
 * check-in status, so that the phases, the check-in statuses, the average score and the totals of
 * those at risk or stale are sums of a few dozen groups.
 */
export async function figureGroups(
  db: Db,
  scope: DashboardScope,
  statuses: readonly string[],
  now: string,
): Promise<FigureGroup[]> {
  const rows = await inScope(db, scope, statuses)
    .leftJoin('promise_standings as s', (j) =>
      j.onRef('s.organization_id', '=', 'pr.organization_id').onRef('s.promise_id', '=', 'pr.id'),
    )
    .select((eb) => [
      'pr.status',
      'pr.phase',
      's.last_check_in_status',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number | null>('s.score').as('total'),
      eb.fn.count<number>('s.score').as('scored'),
      eb.fn
        .sum<number | null>(eb.case().when('s.next_check_in_due', '<', now).then(1).else(0).end())
        .as('stale'),
    ])
    .groupBy(['pr.status', 'pr.phase', 's.last_check_in_status'])
    .execute();
  return rows.map((r) => ({
    status: r.status,
    phase: r.phase,
    checkInStatus: r.last_check_in_status,
    count: Number(r.n),
    scoreTotal: Number(r.total ?? 0),
    scored: Number(r.scored),
    stale: Number(r.stale ?? 0),
  }));
}

/** At risk or off track, stale, or either. */
export type Attention = 'at-risk' | 'stale';

/**
 * The first page of the promises being kept that need attention, soonest due first: at risk (their
 * latest check-in says at risk or off track), or stale (their next check-in was due before `now`).
 * Their totals are sums of figureGroups.
 */
export async function promisesNeedingAttention(
  db: Db,
  scope: DashboardScope,
  kind: Attention,
  now: string,
  limit: number,
): Promise<string[]> {
  const rows = await withStanding(db, scope, ['promised'])
    .where((eb) =>
      kind === 'at-risk'
        ? eb('s.last_check_in_status', 'in', ['at-risk', 'off-track'])
        : eb('s.next_check_in_due', '<', now),
    )
    .select('pr.id')
    .orderBy('pr.due_date')
    .orderBy('pr.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * The sum and count of the scores standing at the end of each week (`weekEnds`, ascending instants),
 * over the score points of the promises in scope. A point counts from its week to the week before
 * the one its successor starts in; so each point adds its score where it starts and takes it back
 * where it ends, and the weeks are a running total of those changes, in one pass over the points.
 */
export async function weeklyScoreTotals(
  db: Db,
  scope: DashboardScope,
  statuses: readonly string[],
  weekEnds: readonly string[],
): Promise<Array<{ total: number; count: number }>> {
  if (weekEnds.length === 0) return [];
  // The days count the points of the promises live now: whole cycles charted over those read them.
  const live = statuses.length === LIVE_STATUSES.length && LIVE_STATUSES.every((s) => statuses.includes(s));
  if (live && scope.party === undefined && scope.cycleIds !== undefined && scope.cycleIds.length > 0)
    return weeklyScoreTotalsOfCycles(db, scope.organizationId, scope.cycleIds, weekEnds);
  const weekOf = (column: 'sp.at' | 'sp.until_at') =>
    sql<number>`case ${sql.join(
      weekEnds.map((end, index) => sql`when ${sql.ref(column)} <= ${end} then ${sql.lit(index)}`),
      sql` `,
    )} else ${sql.lit(weekEnds.length)} end`;
  // The points of each promise in scope, searched by promise: as a join, SQLite would rather read
  // every point of the organization and look each promise up.
  const points = () =>
    db
      .selectFrom('promise_score_points as sp')
      .where('sp.organization_id', '=', scope.organizationId)
      .where('sp.promise_id', 'in', inScope(db, scope, statuses).select('pr.id'))
      .where('sp.score', 'is not', null);
  const starts = points().select([
    weekOf('sp.at').as('week'),
    'sp.score as change',
    sql<number>`1`.as('counted'),
  ]);
  const ends = points()
    .where('sp.until_at', 'is not', null)
    .select([
      weekOf('sp.until_at').as('week'),
      sql<number>`-sp.score`.as('change'),
      sql<number>`-1`.as('counted'),
    ]);
  const rows = await db
    .selectFrom(starts.unionAll(ends).as('d'))
    .select([
      'd.week',
      (eb) => eb.fn.sum<number>('d.change').as('change'),
      (eb) => eb.fn.sum<number>('d.counted').as('counted'),
    ])
    .groupBy('d.week')
    .execute();
  const change = new Map(
    rows.map((r) => [Number(r.week), { total: Number(r.change), count: Number(r.counted) }]),
  );
  let total = 0;
  let count = 0;
  return weekEnds.map((_, index) => {
    const delta = change.get(index);
    total += delta?.total ?? 0;
    count += delta?.count ?? 0;
    return { total, count };
  });
}

/**
 * weeklyScoreTotals of the live promises of whole cycles (no party), from cycle_score_days (0038)
 * rather than from every score point of the cycles: the days up to the chart's end, a few hundred
 * rows, minus what the points of the chart's last day change after its end (none for a chart ending
 * now; for `?at=` in the past, that day's points after it, through their indexes by time).
 */
async function weeklyScoreTotalsOfCycles(
  db: Db,
  organizationId: string,
  cycleIds: readonly string[],
  weekEnds: readonly string[],
): Promise<Array<{ total: number; count: number }>> {
  const end = weekEnds.at(-1)!;
  const lastDay = dayOf(end);
  const nextDay = new Date(Date.parse(`${lastDay}T00:00:00.000Z`) + 86_400_000).toISOString();
  const endDays = weekEnds.map(dayOf);
  const changes = weekEnds.map(() => ({ total: 0, count: 0 }));
  /** A change on a day up to the last: to the first week that ends on or after that day. */
  const change = (day: string, total: number, count: number) => {
    const index = endDays.findIndex((endDay) => day <= endDay);
    if (index < 0) return;
    changes[index]!.total += total;
    changes[index]!.count += count;
  };
  const pointsOf = (column: 'at' | 'until_at') =>
    db
      .selectFrom('promise_score_points as sp')
      .innerJoin('promises as pr', (j) =>
        j.onRef('pr.organization_id', '=', 'sp.organization_id').onRef('pr.id', '=', 'sp.promise_id'),
      )
      .select(['sp.score'])
      .where('sp.organization_id', '=', organizationId)
      .where(`sp.${column}`, '>', end)
      .where(`sp.${column}`, '<', nextDay)
      .where('sp.score', 'is not', null)
      .where('pr.cycle_id', 'in', cycleIds)
      .where('pr.status', 'in', LIVE_STATUSES);
  const [days, startingAfter, endingAfter] = await Promise.all([
    db
      .selectFrom('cycle_score_days')
      .select([
        'day',
        (eb) => eb.fn.sum<number>('total').as('total'),
        (eb) => eb.fn.sum<number>('counted').as('n'),
      ])
      .where('organization_id', '=', organizationId)
      .where('cycle_id', 'in', cycleIds)
      .where('day', '<=', lastDay)
      .groupBy('day')
      .execute(),
    pointsOf('at').execute(),
    pointsOf('until_at').execute(),
  ]);
  for (const row of days) change(row.day, Number(row.total), Number(row.n));
  // After the end on its last day: the starts had not happened yet, nor had the ends.
  for (const point of startingAfter) change(lastDay, -point.score!, -1);
  for (const point of endingAfter) change(lastDay, point.score!, 1);
  let total = 0;
  let count = 0;
  return changes.map((delta) => {
    total += delta.total;
    count += delta.count;
    return { total, count };
  });
}
