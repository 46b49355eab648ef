import { type Kysely, sql } from 'kysely';
import { isLive, type Status } from '../../core/promises/index.js';
import type { Db } from '../store/database.js';
import type { Dialect } from '../store/dialect.js';
import { dayOf } from '../store/standings.js';

/**
 * Issue 9, the organization's dashboard at size L: its weekly score chart summed every score point of
 * the cycle's promises (800,000 at L) on every request, seconds of work.
 *
 * - cycle_score_days: per cycle and UTC day, the change the score points of its promises make to
 *   the sum and count of scores standing: a point adds its score on the day it starts and takes it
 *   back on the day it ends (`until_at`), for the promises live now (what the chart shows). Kept on
 *   write beside promise_score_points (a check-in, a standing recomputed) and when a move makes a
 *   promise live or ends it; the chart sums a cycle's days, a few hundred rows.
 * - promise_score_points_at / _until: the points that start or end after a moment, to take back
 *   those of the last day that come after the chart's end (`?at=` in the past).
 * - promises_cycle_status: a cycle's promises by status, with the phase and the id: the dashboard's
 *   and the review's counts read it alone (with each one's standing), not the promises' rows.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('cycle_score_days')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('total', dialect.float, (c) => c.notNull())
    .addColumn('counted', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cycle_score_days_pk', ['organization_id', 'cycle_id', 'day'])
    .execute();
  const index = (name: string, table: string, columns: string[]) =>
    db.schema.createIndex(name).on(table).columns(columns).execute();
  await index('promise_score_points_at', 'promise_score_points', ['organization_id', 'at']);
  await index('promise_score_points_until', 'promise_score_points', ['organization_id', 'until_at']);
  await index('promises_cycle_status', 'promises', ['organization_id', 'cycle_id', 'status', 'phase', 'id']);

  await backfill(db as unknown as Db);
  if (dialect.engine === 'postgres') await sql`analyze`.execute(db);
}

/**
 * The existing points of the live promises, summed by cycle and day: a thousand promises at a time (their cycles, then
 * their points by the points' key), the sums kept in memory (a cycle's days are a few hundred). One
 * statement joining every point to its promise read the promises' rows millions of times at L.
 */
async function backfill(db: Db): Promise<void> {
  const sums = new Map<
    string,
    { organization_id: string; cycle_id: string; day: string; total: number; counted: number }
  >();
  const change = (organizationId: string, cycleId: string, at: string, total: number, counted: number) => {
    const day = dayOf(at);
    const key = `${organizationId} ${cycleId} ${day}`;
    const row = sums.get(key) ?? {
      organization_id: organizationId,
      cycle_id: cycleId,
      day,
      total: 0,
      counted: 0,
    };
    row.total += total;
    row.counted += counted;
    sums.set(key, row);
  };
  let after: { organization_id: string; id: string } | undefined;
  for (;;) {
    let query = db.selectFrom('promises').select(['organization_id', 'id', 'cycle_id', 'status']);
    if (after) {
      const { organization_id, id } = after;
      query = query.where((eb) =>
        eb.or([
          eb('organization_id', '>', organization_id),
          eb.and([eb('organization_id', '=', organization_id), eb('id', '>', id)]),
        ]),
      );
    }
    const batch = await query.orderBy('organization_id').orderBy('id').limit(BATCH).execute();
    if (batch.length === 0) break;
    after = batch.at(-1);
    // The days count the points of the promises live now.
    const live = batch.filter((p) => isLive(p.status as Status));
    const cycleOf = new Map(live.map((p) => [`${p.organization_id} ${p.id}`, p.cycle_id]));
    for (const organizationId of new Set(live.map((p) => p.organization_id))) {
      const points = await db
        .selectFrom('promise_score_points')
        .select(['promise_id', 'at', 'until_at', 'score'])
        .where('organization_id', '=', organizationId)
        .where(
          'promise_id',
          'in',
          live.filter((p) => p.organization_id === organizationId).map((p) => p.id),
        )
        .where('score', 'is not', null)
        .execute();
      for (const point of points) {
        const cycleId = cycleOf.get(`${organizationId} ${point.promise_id}`)!;
        change(organizationId, cycleId, point.at, point.score!, 1);
        if (point.until_at !== null) change(organizationId, cycleId, point.until_at, -point.score!, -1);
      }
    }
  }
  const rows = [...sums.values()];
  for (let start = 0; start < rows.length; start += 500)
    await db
      .insertInto('cycle_score_days')
      .values(rows.slice(start, start + 500))
      .execute();
}

/** Promises a batch of the backfill reads the points of. */
const BATCH = 1000;
