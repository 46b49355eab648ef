import type { Kysely } from 'kysely';

/**
 * Issue 12, Slack and Microsoft Teams: a webhook subscription is sent as signed Standard Webhooks
 * JSON (the default), as a Slack incoming-webhook message (Block Kit) or as a Teams workflow
 * message (an Adaptive Card). The outbox, its leases and retries are the same for all three.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('webhook_subscriptions')
    .addColumn('format', 'text', (c) => c.notNull().defaultTo('standard'))
    .execute();
}
