import type { WebhookEventType } from '../../../contract/webhooks.js';
import * as store from '../../store/webhooks.js';
import { iso, type ServiceContext } from '../context.js';

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
  const subscriptions = (await store.listEnabledSubscriptions(tx.db, organizationId)).filter((s) =>
    (JSON.parse(s.event_types) as string[]).includes(type),
  );
  if (subscriptions.length === 0) return;
  const timestamp = iso(tx.now());
  const payload = JSON.stringify({ type, timestamp, data });
  await store.insertDeliveries(
    tx.db,
    subscriptions.map((subscription) => ({
      organization_id: organizationId,
      id: `msg_${tx.newId()}`,
      subscription_id: subscription.id,
      event_type: type,
      payload,
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
