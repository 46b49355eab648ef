import { sql } from 'kysely';
import type { Db } from './database.js';
import { filtered, type PartyFilter } from './promises.js';

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

/** How many promises of these statuses are in each phase. */
export async function countByPhase(db: Db, scope: DashboardScope, statuses: readonly string[]) {
  const rows = await inScope(db, scope, statuses)
    .select(['pr.phase', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('pr.phase')
    .execute();
  return rows.map((r) => ({ phase: r.phase, count: Number(r.n) }));
}

/** How many promises being kept have each latest check-in status (null: none yet). */
export async function countByCheckInStatus(db: Db, scope: DashboardScope) {
  const rows = await withStanding(db, scope, ['promised'])
    .select(['s.last_check_in_status as status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('s.last_check_in_status')
    .execute();
  return rows.map((r) => ({ status: r.status, count: Number(r.n) }));
}

/** The sum and count of the scores of these promises that have one. */
export async function sumScores(db: Db, scope: DashboardScope, statuses: readonly string[]) {
  const row = await withStanding(db, scope, statuses)
    .select([
      (eb) => eb.fn.sum<number | null>('s.score').as('total'),
      (eb) => eb.fn.count<number>('s.score').as('n'),
    ])
    .executeTakeFirstOrThrow();
  return { total: Number(row.total ?? 0), count: Number(row.n) };
}

/** At risk or off track, stale, or either. */
export type Attention = 'at-risk' | 'stale' | 'either';

/**
 * Promises being kept that need attention, soonest due first, one page of them and how many there are:
 * at risk (their latest check-in says at risk or off track), or stale (their next check-in was due
 * before `now`).
 */
export async function promisesNeedingAttention(
  db: Db,
  scope: DashboardScope,
  kind: Attention,
  now: string,
  limit: number,
): Promise<{ ids: string[]; total: number }> {
  const base = withStanding(db, scope, ['promised']).where((eb) => {
    const atRisk = eb('s.last_check_in_status', 'in', ['at-risk', 'off-track']);
    const stale = eb('s.next_check_in_due', '<', now);
    return kind === 'at-risk' ? atRisk : kind === 'stale' ? stale : eb.or([atRisk, stale]);
  });
  const [rows, count] = await Promise.all([
    limit === 0 ? [] : base.select('pr.id').orderBy('pr.due_date').orderBy('pr.id').limit(limit).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(count.n) };
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
