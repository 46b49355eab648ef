import type {
  CreatedWebhook,
  CreateWebhookBody,
  UpdateWebhookBody,
  Webhook,
  WebhookDelivery,
  WebhookEventType,
} from '../../../contract/webhooks.js';
import { AppError, conflict, notFound } from '../../errors.js';
import { refusalOfTarget } from '../../security/outbound-targets.js';
import type { Page } from '../../store/pages.js';
import type { WebhookDeliveriesTable, WebhookSubscriptionsTable } from '../../store/schema.js';
import * as store from '../../store/webhooks.js';
import type { MemberActor } from '../authorization.js';
import { iso, type ServiceContext } from '../context.js';
import { newWebhookSecret } from './signing.js';

/** How long the previous secret keeps signing after a rotation, so receivers can switch over. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

export function presentWebhook(row: WebhookSubscriptionsTable, now: Date): Webhook {
  const overlapping = row.previous_secret_until && Date.parse(row.previous_secret_until) > now.getTime();
  return {
    id: row.id,
    url: row.url,
    format: row.format,
    description: row.description,
    eventTypes: JSON.parse(row.event_types) as WebhookEventType[],
    createdAt: row.created_at,
    status: row.disabled_at ? 'disabled' : row.failing_since ? 'failing' : 'active',
    failingSince: row.failing_since,
    disabledAt: row.disabled_at,
    disabledReason: row.disabled_reason,
    previousSecretValidUntil: overlapping ? row.previous_secret_until : null,
  };
}

export function presentDelivery(row: WebhookDeliveriesTable): WebhookDelivery {
  return {
    id: row.id,
    eventType: row.event_type,
    createdAt: row.created_at,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    lastAttemptAt: row.last_attempt_at,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    lastDurationMs: row.last_duration_ms,
    deliveredAt: row.delivered_at,
    payload: row.payload,
  };
}

async function requireSafeTarget(ctx: ServiceContext, url: string): Promise<void> {
  const refusal = await refusalOfTarget(url, ctx.config.allowPrivateTargets);
  if (refusal) {
    throw new AppError('validation_failed', `body: url ${refusal}`, {
      kind: 'validation',
      issues: [{ path: 'url', message: refusal }],
    });
  }
}

async function requireSubscription(ctx: ServiceContext, actor: MemberActor, id: string) {
  const row = await store.findSubscription(ctx.db, actor.organizationId, id);
  if (!row) throw notFound('Webhook');
  return row;
}

export async function listWebhooks(ctx: ServiceContext, actor: MemberActor, page: Page) {
  const { rows, total } = await store.pageSubscriptions(ctx.db, actor.organizationId, page);
  const now = ctx.now();
  return { webhooks: rows.map((row) => presentWebhook(row, now)), total, ...page };
}

export async function createWebhook(
  ctx: ServiceContext,
  actor: MemberActor,
  input: CreateWebhookBody,
): Promise<CreatedWebhook> {
  await requireSafeTarget(ctx, input.url);
  const secret = newWebhookSecret();
  const row: WebhookSubscriptionsTable = {
    organization_id: actor.organizationId,
    id: ctx.newId(),
    url: input.url,
    format: input.format,
    description: input.description ?? '',
    event_types: JSON.stringify(input.eventTypes),
    secret,
    previous_secret: null,
    previous_secret_until: null,
    created_by: actor.personId,
    created_at: iso(ctx.now()),
    failing_since: null,
    disabled_at: null,
    disabled_reason: null,
    removed_at: null,
  };
  await store.insertSubscription(ctx.db, row);
  return { webhook: presentWebhook(row, ctx.now()), secret };
}

export async function updateWebhook(
  ctx: ServiceContext,
  actor: MemberActor,
  id: string,
  input: UpdateWebhookBody,
): Promise<Webhook> {
  const row = await requireSubscription(ctx, actor, id);
  if (input.url !== undefined) await requireSafeTarget(ctx, input.url);
  const changes: Partial<WebhookSubscriptionsTable> = {
    ...(input.url === undefined ? {} : { url: input.url }),
    ...(input.description === undefined ? {} : { description: input.description }),
    ...(input.eventTypes === undefined ? {} : { event_types: JSON.stringify(input.eventTypes) }),
    ...(input.isEnabled === true ? { disabled_at: null, disabled_reason: null, failing_since: null } : {}),
    ...(input.isEnabled === false && !row.disabled_at
      ? { disabled_at: iso(ctx.now()), disabled_reason: 'Disabled by an admin' }
      : {}),
  };
  await store.updateSubscription(ctx.db, actor.organizationId, id, changes);
  return presentWebhook({ ...row, ...changes }, ctx.now());
}

export async function removeWebhook(ctx: ServiceContext, actor: MemberActor, id: string): Promise<void> {
  await requireSubscription(ctx, actor, id);
  await store.updateSubscription(ctx.db, actor.organizationId, id, { removed_at: iso(ctx.now()) });
}

/** A new secret; the old one signs too for a day, so receivers can take the new one without a gap. */
export async function rotateWebhookSecret(
  ctx: ServiceContext,
  actor: MemberActor,
  id: string,
): Promise<CreatedWebhook> {
  const row = await requireSubscription(ctx, actor, id);
  const secret = newWebhookSecret();
  const changes = {
    secret,
    previous_secret: row.secret,
    previous_secret_until: iso(new Date(ctx.now().getTime() + ROTATION_OVERLAP_MS)),
  };
  await store.updateSubscription(ctx.db, actor.organizationId, id, changes);
  return { webhook: presentWebhook({ ...row, ...changes }, ctx.now()), secret };
}

export async function listWebhookDeliveries(ctx: ServiceContext, actor: MemberActor, id: string, page: Page) {
  await requireSubscription(ctx, actor, id);
  const { rows, total } = await store.pageDeliveries(ctx.db, actor.organizationId, id, page);
  return { deliveries: rows.map(presentDelivery), total, ...page };
}

/** Sends a delivery again, as it was (the same webhook-id and body), at the worker's next pass. */
export async function redeliverWebhook(
  ctx: ServiceContext,
  actor: MemberActor,
  id: string,
  deliveryId: string,
): Promise<WebhookDelivery> {
  const subscription = await requireSubscription(ctx, actor, id);
  if (subscription.disabled_at) {
    throw conflict('This webhook is disabled; enable it before sending it anything');
  }
  const row = await store.findDelivery(ctx.db, actor.organizationId, id, deliveryId);
  if (!row) throw notFound('Delivery');
  const changes = { status: 'pending' as const, next_attempt_at: iso(ctx.now()), lease_until: null };
  await store.updateDelivery(ctx.db, actor.organizationId, deliveryId, changes);
  return presentDelivery({ ...row, ...changes });
}
