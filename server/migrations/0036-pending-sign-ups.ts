import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 10, accounts resist abuse: when the instance sends email, signing up answers the same
 * whether the address has an account or not, and the account is made only when the address's owner
 * follows the emailed link. pending_sign_ups holds what was asked until then: the name, the
 * organization to make, and the password already hashed (never the password). Only the hash of the
 * link's secret is kept; used_at makes it single-use (set by a conditional update). Like
 * account_links it belongs to the instance, not to an organization.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  await db.schema
    .createTable('pending_sign_ups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organization_name', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addColumn('used_at', ts)
    .execute();
}
