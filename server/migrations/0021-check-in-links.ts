import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 12, checking in from an email: a reminder carries a link that lets one person check in on
 * one promise, once, for a few days, without signing in. Only the hash of its secret is kept;
 * used_at makes it single-use (set by a conditional update, so two clicks make one check-in).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  await db.schema
    .createTable('check_in_links')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addColumn('used_at', ts)
    .addPrimaryKeyConstraint('check_in_links_pk', ['organization_id', 'id'])
    .execute();
  // The reminder job finds the promises whose check-in falls due, soonest first.
  await db.schema
    .createIndex('promise_standings_due')
    .on('promise_standings')
    .columns(['organization_id', 'next_check_in_due'])
    .execute();
}
