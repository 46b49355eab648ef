import type { Kysely } from 'kysely';
import type { Db } from '../store/database.js';
import type { Dialect } from '../store/dialect.js';
import { rebuildStandings } from '../store/standings.js';

/**
 * Issue 9: what reads need of a promise's progress, kept current by every write that changes it,
 * so that no page folds check-in history to show a score, a status or staleness.
 *
 * - promise_standings: one row per promise: score on the latest values, the latest check-in, when the
 *   promise was agreed and when its next check-in is due (staleness is `now > next_check_in_due`),
 *   and the customer's latest assessment (its recorded score and whether satisfied).
 * - key_result_latest: the latest value of each key result, for scoring a check-in or new terms.
 * - promise_score_points: the score after each check-in, with until when it held, for the weekly
 *   chart of a dashboard (a sum over points, not a replay of every value for every week).
 *
 * Existing promises are filled in here, in batches, from their check-ins and moves.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  await db.schema
    .createTable('promise_standings')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('score', dialect.float)
    .addColumn('last_check_in_id', 'text')
    .addColumn('last_check_in_at', ts)
    .addColumn('last_check_in_status', 'text')
    .addColumn('last_confidence', 'integer')
    .addColumn('agreed_at', ts)
    .addColumn('next_check_in_due', ts)
    .addColumn('assessed_at', ts)
    .addColumn('assessment_score', dialect.float)
    .addColumn('is_satisfied', 'integer')
    .addPrimaryKeyConstraint('promise_standings_pk', ['organization_id', 'promise_id'])
    .addForeignKeyConstraint('promise_standings_promise_fk', ['organization_id', 'promise_id'], 'promises', [
      'organization_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('key_result_latest')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('condition_id', 'text', (c) => c.notNull())
    .addColumn('check_in_id', 'text', (c) => c.notNull())
    .addColumn('at', ts, (c) => c.notNull())
    .addColumn('value', dialect.decimal)
    .addColumn('done', 'integer')
    .addPrimaryKeyConstraint('key_result_latest_pk', ['organization_id', 'promise_id', 'condition_id'])
    .addForeignKeyConstraint('key_result_latest_promise_fk', ['organization_id', 'promise_id'], 'promises', [
      'organization_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('promise_score_points')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('check_in_id', 'text', (c) => c.notNull())
    .addColumn('at', ts, (c) => c.notNull())
    .addColumn('until_at', ts)
    .addColumn('score', dialect.float)
    .addPrimaryKeyConstraint('promise_score_points_pk', ['organization_id', 'promise_id', 'check_in_id'])
    .addForeignKeyConstraint(
      'promise_score_points_promise_fk',
      ['organization_id', 'promise_id'],
      'promises',
      ['organization_id', 'id'],
    )
    .execute();

  // The schema of today is the schema this backfill was written against: it runs once, here.
  await rebuildStandings(db as unknown as Db, dialect);
}
