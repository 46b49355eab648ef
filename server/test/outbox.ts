import type { ServiceContext } from '../services/context.js';
import { type DeliveryPass, deliverDueWebhooks } from '../services/webhooks/delivery.js';

/** Sends what the outbox holds for these organizations now, as a server's delivery worker would. */
export function sendOutbox(ctx: ServiceContext, organizationIds: readonly string[]): Promise<DeliveryPass> {
  return deliverDueWebhooks(ctx, { organizationIds });
}
