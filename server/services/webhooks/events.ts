import type { WebhookEventType } from '../../../contract/webhooks.js';
import * as store from '../../store/webhooks.js';
import { iso, type ServiceContext } from '../context.js';
import { chatBody, chatMessageOf } from './chat-messages.js';

/**
 * Writes the event to the outbox, one delivery per subscription that wants it, in the caller's
 * transaction: the event and its deliveries are committed together or not at all, and the delivery
 * worker sends them after. `data` names what changed by its ids, with what a receiver most needs.
 */
export async function recordEvent(
  tx: ServiceContext,
  organizationId: string,
  type: WebhookEventType,
  data: Record<string, unknown>,
): Promise<void> {
  // A chat channel hears only what people act on (chat-messages.ts); programs hear everything.
  const message = chatMessageOf({ type, data });
  const subscriptions = (await store.listEnabledSubscriptions(tx.db, organizationId)).filter(
    (s) =>
      (JSON.parse(s.event_types) as string[]).includes(type) && (s.format === 'standard' || message !== null),
  );
  if (subscriptions.length === 0) return;
  const timestamp = iso(tx.now());
  const standard = JSON.stringify({ type, timestamp, data });
  // The body is written as it will be sent: the log shows it, and every attempt sends the same.
  const payloadFor = (format: (typeof subscriptions)[number]['format']) =>
    format === 'standard' || message === null ? standard : chatBody(format, message, tx.config.publicUrl);
  await store.insertDeliveries(
    tx.db,
    subscriptions.map((subscription) => ({
      organization_id: organizationId,
      id: `msg_${tx.newId()}`,
      subscription_id: subscription.id,
      event_type: type,
      payload: payloadFor(subscription.format),
      created_at: timestamp,
      status: 'pending',
      attempts: 0,
      next_attempt_at: timestamp,
      lease_until: null,
      leased_by: null,
      last_attempt_at: null,
      last_status_code: null,
      last_error: null,
      last_duration_ms: null,
      delivered_at: null,
    })),
  );
}
