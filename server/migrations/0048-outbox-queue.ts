import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 12, the outbox on the admin page: an admin lists one organization's emails and webhook
 * deliveries that are waiting, being retried or failed for good, newest first. The delivery
 * worker's indexes (status, next_attempt_at) span every organization; these find one
 * organization's open rows without reading the others' (or its own sent ones, which pile up).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createIndex('email_outbox_queue')
    .on('email_outbox')
    .columns(['organization_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_queue')
    .on('webhook_deliveries')
    .columns(['organization_id', 'status', 'created_at'])
    .execute();
}
