import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 12, calendar feeds: each person may have one secret iCalendar address per organization.
 * Only a hash of the secret is kept (like API tokens); revoking keeps the row, so a revoked address
 * stays refused. One live feed per person and organization, held by a partial unique index.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('last_read_at', ts)
    .addColumn('revoked_at', ts)
    .addPrimaryKeyConstraint('calendar_feeds_pk', ['organization_id', 'id'])
    .execute();
  await sql`
    create unique index calendar_feeds_one_live on calendar_feeds (organization_id, person_id)
     where revoked_at is null`.execute(db);
}
