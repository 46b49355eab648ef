import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 12, the daily summary and the weekly digest. A notification its person chose "daily" for
 * is marked pending (summary_status) until the summary that carries it is written; a partial index
 * finds the pending ones of a person without reading the rest of the bell. daily_summaries holds
 * one row per person and local day, written in the summary's transaction, so a day's summary goes
 * once however many processes try. weekly_digests holds an organization's digest of one week: its
 * content, computed once, and how far the recipients (paged by person id) have been sent it.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  await db.schema.alterTable('notifications').addColumn('summary_status', 'text').execute();
  await db.schema
    .createIndex('notifications_summary_pending')
    .on('notifications')
    .columns(['organization_id', 'person_id', 'at'])
    .where(sql.ref('summary_status'), '=', 'pending')
    .execute();

  await db.schema
    .createTable('daily_summaries')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('sent_at', ts, (c) => c.notNull())
    .addColumn('items', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('daily_summaries_pk', ['organization_id', 'person_id', 'day'])
    .execute();

  await db.schema
    .createTable('weekly_digests')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('since', ts, (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('sent_through', 'text')
    .addColumn('recipients', 'integer', (c) => c.notNull())
    .addColumn('finished_at', ts)
    .addPrimaryKeyConstraint('weekly_digests_pk', ['organization_id', 'week'])
    .execute();
}
