import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 12, outbound webhooks delivered from a durable outbox.
 *
 * webhook_subscriptions: an admin's URL and the event types it wants, with the signing secret
 * (kept as it is: signing needs it) and, while a rotation overlaps, the previous one.
 *
 * webhook_deliveries is the outbox: a row is written in the same transaction as the event that
 * causes it, so a crash loses none, and the delivery worker leases due rows (lease_until) so that
 * one process sends each; a crash between sending and marking sent sends it once more, with the
 * same id (the `webhook-id` receivers deduplicate on).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  await db.schema
    .createTable('webhook_subscriptions')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('event_types', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('previous_secret', 'text')
    .addColumn('previous_secret_until', ts)
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('failing_since', ts)
    .addColumn('disabled_at', ts)
    .addColumn('disabled_reason', 'text')
    .addColumn('removed_at', ts)
    .addPrimaryKeyConstraint('webhook_subscriptions_pk', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('webhook_subscriptions_live')
    .on('webhook_subscriptions')
    .columns(['organization_id', 'removed_at', 'created_at'])
    .execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('subscription_id', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', ts, (c) => c.notNull())
    .addColumn('lease_until', ts)
    .addColumn('leased_by', 'text')
    .addColumn('last_attempt_at', ts)
    .addColumn('last_status_code', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('last_duration_ms', 'integer')
    .addColumn('delivered_at', ts)
    .addPrimaryKeyConstraint('webhook_deliveries_pk', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_due')
    .on('webhook_deliveries')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_subscription')
    .on('webhook_deliveries')
    .columns(['organization_id', 'subscription_id', 'created_at'])
    .execute();
}
