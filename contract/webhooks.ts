import { z } from 'zod';
import { Id, OptionalText, Timestamp } from './common.js';
import { PageQuery, pageOf } from './pages.js';

/** What an admin may subscribe a URL to; each delivery's body is `{ type, timestamp, data }`. */
export const WEBHOOK_EVENT_TYPES = [
  'promise.created',
  'promise.moved',
  'check_in.created',
  'check_in.answered',
  'dependency.answered',
  'cycle.transitioned',
  'finding.opened',
  'finding.resolved',
] as const;
export const WebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

/** An http(s) address of at most 2,000 characters; where it may point is checked by the server. */
export const WebhookUrl = z
  .string({ error: 'is required' })
  .trim()
  .max(2000, 'must have at most 2000 characters')
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }));

/** How deliveries are written: signed JSON for programs, or a chat message for people. */
export const WebhookFormat = z.enum(['standard', 'slack', 'teams']);
export type WebhookFormat = z.infer<typeof WebhookFormat>;

export const Webhook = z
  .object({
    id: Id,
    url: z.string(),
    format: WebhookFormat,
    description: z.string(),
    eventTypes: z.array(WebhookEventType),
    createdAt: Timestamp,
    /** active; failing: its last deliveries failed and are retried; disabled: nothing is sent. */
    status: z.enum(['active', 'failing', 'disabled']),
    failingSince: Timestamp.nullable(),
    disabledAt: Timestamp.nullable(),
    disabledReason: z.string().nullable(),
    previousSecretValidUntil: Timestamp.nullable().describe(
      'After a rotation, deliveries are signed with the previous secret too until then',
    ),
  })
  .meta({ id: 'Webhook' });
export type Webhook = z.infer<typeof Webhook>;

const EventTypes = z
  .array(WebhookEventType)
  .min(1, 'name at least one event type')
  .max(WEBHOOK_EVENT_TYPES.length)
  .refine((types) => new Set(types).size === types.length, 'names an event type twice');

export const CreateWebhookBody = z.object({
  url: WebhookUrl,
  format: WebhookFormat.default('standard').describe(
    'standard: signed Standard Webhooks JSON; slack: a Slack incoming webhook (Block Kit); ' +
      'teams: a Microsoft Teams workflow (Adaptive Card). Chat formats send only what people act on: ' +
      'promises made, completed, assessed or ended, at-risk or off-track check-ins, and findings opened.',
  ),
  description: OptionalText(200).optional(),
  eventTypes: EventTypes,
});
export type CreateWebhookBody = z.infer<typeof CreateWebhookBody>;

export const UpdateWebhookBody = z
  .object({
    url: WebhookUrl.optional(),
    description: OptionalText(200).optional(),
    eventTypes: EventTypes.optional(),
    isEnabled: z.boolean().optional().describe('true enables a disabled subscription again'),
  })
  .refine((body) => Object.keys(body).length > 0, 'change at least one field');
export type UpdateWebhookBody = z.infer<typeof UpdateWebhookBody>;

export const CreatedWebhook = z.object({
  webhook: Webhook,
  secret: z.string().describe('The signing secret (whsec_…); shown once'),
});
export type CreatedWebhook = z.infer<typeof CreatedWebhook>;

export const WebhookList = pageOf('webhooks', Webhook);
export const WebhooksQuery = PageQuery(50);

export const WebhookDelivery = z
  .object({
    id: z.string().describe('The webhook-id header: the same on every attempt'),
    eventType: z.string(),
    createdAt: Timestamp,
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    nextAttemptAt: Timestamp.nullable(),
    lastAttemptAt: Timestamp.nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    lastDurationMs: z.number().int().nullable(),
    deliveredAt: Timestamp.nullable(),
    payload: z.string().describe('The body sent, as sent'),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const DeliveryList = pageOf('deliveries', WebhookDelivery);
export const DeliveriesQuery = PageQuery(50);
export const DeliveryParams = z.object({ id: Id, deliveryId: Id });
