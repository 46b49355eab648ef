import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 11, the strategy debugger: a dismissal, and its undoing, are part of the history of the
 * promises the finding concerns. The findings row keeps only the dismissal in force; each event is
 * kept here, once per promise it concerns, with what the finding said then, so the promise's history
 * reads it in one index lookup and keeps it after the finding is resolved.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('finding_events')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('finding_key', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('act', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('at', dialect.timestamp, (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('message', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('finding_events_pk', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('finding_events_promise')
    .on('finding_events')
    .columns(['organization_id', 'promise_id', 'at'])
    .execute();
}
