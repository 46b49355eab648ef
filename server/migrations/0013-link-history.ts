import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 10, the plan as of any date: links get a history. A contribution or a dependency is never
 * deleted; removing one sets `removed_at` and `removed_by`, so the plan as of a past moment shows
 * the links that stood then (created by then and not yet removed).
 *
 * A pair of promises has at most one live contribution, but may have had others before: the unique
 * constraint on the pair becomes a unique index on the live rows only. SQLite cannot drop a table's
 * constraint, so there the table is rebuilt with the same columns, key and indexes.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  if (dialect.engine === 'sqlite') {
    await db.schema
      .createTable('contributions_next')
      .addColumn('organization_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('from_promise_id', 'text', (c) => c.notNull())
      .addColumn('to_promise_id', 'text', (c) => c.notNull())
      .addColumn('weight', dialect.float, (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', ts, (c) => c.notNull())
      .addColumn('removed_at', ts)
      .addColumn('removed_by', 'text')
      .addPrimaryKeyConstraint('contributions_pk', ['organization_id', 'id'])
      .execute();
    await sql`insert into contributions_next
      (organization_id, id, from_promise_id, to_promise_id, weight, created_by, created_at)
      select organization_id, id, from_promise_id, to_promise_id, weight, created_by, created_at
      from contributions`.execute(db);
    await db.schema.dropTable('contributions').execute();
    await db.schema.alterTable('contributions_next').renameTo('contributions').execute();
    await db.schema
      .createIndex('contributions_to')
      .on('contributions')
      .columns(['organization_id', 'to_promise_id'])
      .execute();
  } else {
    await db.schema.alterTable('contributions').addColumn('removed_at', ts).execute();
    await db.schema.alterTable('contributions').addColumn('removed_by', 'text').execute();
    await db.schema.alterTable('contributions').dropConstraint('contributions_pair').execute();
  }
  // The contributions from a promise, live or removed (the plan as of a past moment reads both).
  await db.schema
    .createIndex('contributions_from')
    .on('contributions')
    .columns(['organization_id', 'from_promise_id'])
    .execute();
  await db.schema
    .createIndex('contributions_pair_live')
    .on('contributions')
    .columns(['organization_id', 'from_promise_id', 'to_promise_id'])
    .unique()
    .where(sql.ref('removed_at'), 'is', null)
    .execute();

  await db.schema.alterTable('dependencies').addColumn('removed_at', ts).execute();
  await db.schema.alterTable('dependencies').addColumn('removed_by', 'text').execute();
}
