import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 13, accounts people manage themselves. account_links holds the emailed links that act on an
 * account without a session: a password reset, and the confirmation of a new email address (with
 * that address, which takes effect only when the link is followed). Only the hash of a link's secret
 * is kept; used_at makes it single-use (set by a conditional update). An account is a person, not a
 * tenant's, so the table is global like people and sessions.
 *
 * people.deleted_at marks an account its person deleted: the row stays, because their promises and
 * moves point at it, but its name and email are replaced and it can no longer sign in.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  await db.schema
    .createTable('account_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('new_email', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addColumn('used_at', ts)
    .execute();
  // A new link of a purpose retires the person's earlier ones of it.
  await db.schema
    .createIndex('account_links_person')
    .on('account_links')
    .columns(['person_id', 'purpose'])
    .execute();
  await db.schema.alterTable('people').addColumn('deleted_at', ts).execute();
}
