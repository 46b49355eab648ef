import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 12, sign-up emails get the outbox's retries. email_outbox files every email under an
 * organization (its key starts with organization_id, as every tenant table's does), and the emails
 * of a sign-up belong to none yet: the confirmation link goes to an address with no account, and
 * "someone tried to sign up" to an account that may be in several organizations. They wait here,
 * leased and retried like email_outbox's. Their bodies carry a sign-up's secret link, which the
 * database otherwise keeps only hashed, so the worker empties them once the email is sent or given
 * up; until then they live no longer than the link does.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  await db.schema
    .createTable('instance_email_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', ts, (c) => c.notNull())
    .addColumn('lease_until', ts)
    .addColumn('leased_by', 'text')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', ts)
    .execute();
  await db.schema
    .createIndex('instance_email_outbox_due')
    .on('instance_email_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();
}
