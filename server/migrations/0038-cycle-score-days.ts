import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 9, the organization's dashboard at size L: its weekly score chart summed every score point of
 * the cycle's promises (800,000 at L) on every request, seconds of work.
 *
 * - cycle_score_days: per cycle and UTC day, the change the score points of its promises make to
 *   the sum and count of scores standing: a point adds its score on the day it starts and takes it
 *   back on the day it ends (`until_at`). Kept on write beside promise_score_points (a check-in, a
 *   standing recomputed), whatever the promise's status; the chart sums a cycle's days (a few
 *   hundred rows) and takes back the points of the promises not live now, which are few.
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

  // Existing points, summed by cycle and day in one statement.
  const day = (column: string) =>
    dialect.engine === 'postgres'
      ? sql`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD')`
      : sql`substr(${sql.ref(column)}, 1, 10)`;
  await sql`
    insert into cycle_score_days (organization_id, cycle_id, day, total, counted)
    select d.organization_id, d.cycle_id, d.day, sum(d.change), sum(d.counted)
    from (
      select sp.organization_id, p.cycle_id, ${day('sp.at')} as day, sp.score as change, 1 as counted
      from promise_score_points sp
      join promises p on p.organization_id = sp.organization_id and p.id = sp.promise_id
      where sp.score is not null
      union all
      select sp.organization_id, p.cycle_id, ${day('sp.until_at')} as day, -sp.score as change, -1 as counted
      from promise_score_points sp
      join promises p on p.organization_id = sp.organization_id and p.id = sp.promise_id
      where sp.score is not null and sp.until_at is not null
    ) d
    group by d.organization_id, d.cycle_id, d.day`.execute(db);
  if (dialect.engine === 'postgres') await sql`analyze`.execute(db);
}
