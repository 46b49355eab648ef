import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { refusalOfTarget } from '../../security/outbound-targets.js';
import * as people from '../../store/people.js';
import type { WebhookDeliveriesTable, WebhookSubscriptionsTable } from '../../store/schema.js';
import * as store from '../../store/webhooks.js';
import { iso, type ServiceContext } from '../context.js';
import { deliverDueEmails } from '../email/delivery.js';
import { notify } from '../notifications.js';
import {
  ATTEMPT_TIMEOUT_MS,
  DISABLE_AFTER_MS,
  GIVE_UP_AFTER_MS,
  LEASE_MS,
  retryDelayMs,
} from '../outbox-timing.js';
import { webhookHeaders } from './signing.js';

export interface DeliveryPass {
  delivered: number;
  retried: number;
  failed: number;
}

type Send = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Sends the due deliveries of the outbox once: leases a batch, sends each, and records what
 * happened. Several processes may run this side by side: each sends only what it leased.
 */
export async function deliverDueWebhooks(
  ctx: ServiceContext,
  options: {
    worker?: string;
    limit?: number;
    /** Only these organizations' deliveries (tests share a PostgreSQL database). */
    organizationIds?: readonly string[];
    send?: Send;
  } = {},
): Promise<DeliveryPass> {
  const now = ctx.now();
  const leased = await store.leaseDueDeliveries(ctx.db, ctx.dialect, {
    now: iso(now),
    leaseUntil: iso(new Date(now.getTime() + LEASE_MS)),
    worker: options.worker ?? `${os.hostname()}:${process.pid}`,
    limit: options.limit ?? 50,
    organizationIds: options.organizationIds,
  });
  const pass: DeliveryPass = { delivered: 0, retried: 0, failed: 0 };
  const send = options.send ?? fetch;
  await Promise.all(
    leased.map(async (delivery) => {
      const outcome = await deliverOne(ctx, delivery, send);
      pass[outcome] += 1;
    }),
  );
  return pass;
}

async function deliverOne(
  ctx: ServiceContext,
  delivery: WebhookDeliveriesTable,
  send: Send,
): Promise<keyof DeliveryPass> {
  const subscription = await store.findSubscription(
    ctx.db,
    delivery.organization_id,
    delivery.subscription_id,
  );
  if (!subscription || subscription.disabled_at) {
    await store.updateDelivery(ctx.db, delivery.organization_id, delivery.id, {
      status: 'failed',
      lease_until: null,
      last_error: subscription ? 'The webhook is disabled' : 'The webhook was removed',
    });
    return 'failed';
  }
  const attemptedAt = ctx.now();
  const result = await attempt(ctx, subscription, delivery, send, attemptedAt);
  const attempts = delivery.attempts + 1;
  const recorded = {
    attempts,
    lease_until: null,
    last_attempt_at: iso(attemptedAt),
    last_status_code: result.statusCode,
    last_error: result.error,
    last_duration_ms: result.durationMs,
  };
  if (result.ok) {
    await store.updateDelivery(ctx.db, delivery.organization_id, delivery.id, {
      ...recorded,
      status: 'delivered',
      delivered_at: iso(ctx.now()),
    });
    if (subscription.failing_since) {
      await store.updateSubscription(ctx.db, subscription.organization_id, subscription.id, {
        failing_since: null,
      });
    }
    return 'delivered';
  }
  const next = new Date(attemptedAt.getTime() + retryDelayMs(attempts));
  const givesUp = next.getTime() - Date.parse(delivery.created_at) > GIVE_UP_AFTER_MS;
  await store.updateDelivery(ctx.db, delivery.organization_id, delivery.id, {
    ...recorded,
    status: givesUp ? 'failed' : 'pending',
    next_attempt_at: iso(givesUp ? attemptedAt : next),
  });
  await recordFailure(ctx, subscription, attemptedAt, givesUp ? delivery : undefined);
  return givesUp ? 'failed' : 'retried';
}

async function attempt(
  ctx: ServiceContext,
  subscription: WebhookSubscriptionsTable,
  delivery: WebhookDeliveriesTable,
  send: Send,
  at: Date,
): Promise<{ ok: boolean; statusCode: number | null; error: string | null; durationMs: number | null }> {
  const refusal = await refusalOfTarget(subscription.url, ctx.config.allowPrivateTargets);
  if (refusal)
    return { ok: false, statusCode: null, error: `Not sent: the address ${refusal}`, durationMs: null };
  const secrets = [
    subscription.secret,
    ...(subscription.previous_secret &&
    subscription.previous_secret_until &&
    Date.parse(subscription.previous_secret_until) > at.getTime()
      ? [subscription.previous_secret]
      : []),
  ];
  const started = performance.now();
  try {
    const response = await send(subscription.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Accord-Webhooks/1',
        // Chat services take their own message format and no signature; programs get Standard Webhooks.
        'webhook-id': delivery.id,
        ...(subscription.format === 'standard'
          ? webhookHeaders(secrets, delivery.id, Math.floor(at.getTime() / 1000), delivery.payload)
          : {}),
      },
      body: delivery.payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    // The body is not read beyond a little; the receiver's answer is its status.
    await response.body?.cancel();
    const durationMs = Math.round(performance.now() - started);
    const ok = response.status >= 200 && response.status < 300;
    return { ok, statusCode: response.status, error: ok ? null : `Answered ${response.status}`, durationMs };
  } catch (error) {
    const message =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    return {
      ok: false,
      statusCode: null,
      error: message.slice(0, 500),
      durationMs: Math.round(performance.now() - started),
    };
  }
}

/**
 * A failing subscription is marked. One that has failed for three days, or that has not taken a
 * delivery since the one given up now was first tried, is disabled and its admins told.
 */
async function recordFailure(
  ctx: ServiceContext,
  subscription: WebhookSubscriptionsTable,
  at: Date,
  gaveUpOn?: WebhookDeliveriesTable,
) {
  const failingSince = subscription.failing_since ?? iso(at);
  // Failing since (about) the given-up delivery was made: nothing has landed through its three days.
  const failedThroughout =
    gaveUpOn !== undefined && Date.parse(failingSince) <= Date.parse(gaveUpOn.created_at) + 3_600_000;
  const keepsFailing = failedThroughout || at.getTime() - Date.parse(failingSince) >= DISABLE_AFTER_MS;
  if (!keepsFailing) {
    if (!subscription.failing_since) {
      await store.updateSubscription(ctx.db, subscription.organization_id, subscription.id, {
        failing_since: failingSince,
      });
    }
    return;
  }
  await store.updateSubscription(ctx.db, subscription.organization_id, subscription.id, {
    failing_since: failingSince,
    disabled_at: iso(at),
    disabled_reason: 'Every delivery failed for three days',
  });
  const managers = await people.listManagerIds(ctx.db, subscription.organization_id);
  await notify(ctx, subscription.organization_id, managers, {
    kind: 'webhook-disabled',
    title: `The webhook to ${subscription.url} was disabled: every delivery failed for three days`,
    dedupeKey: `webhook-disabled:${subscription.id}:${iso(at)}`,
  });
}

/** Sends the outboxes (webhooks and email) every `intervalMs` in this process until stopped; passes never overlap. */
export function createDeliveryWorker(ctx: ServiceContext, intervalMs: number) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let isStopped = false;
  const worker = `${os.hostname()}:${process.pid}:${ctx.newId()}`;
  const tick = () => {
    if (isStopped || running) return;
    running = Promise.all([
      deliverDueWebhooks(ctx, { worker }).catch((error: unknown) =>
        ctx.log.error({ err: error }, 'webhook delivery pass failed'),
      ),
      deliverDueEmails(ctx, { worker }).catch((error: unknown) =>
        ctx.log.error({ err: error }, 'email delivery pass failed'),
      ),
    ]).finally(() => {
      running = undefined;
    });
  };
  return {
    start() {
      if (timer || isStopped) return;
      timer = setInterval(tick, intervalMs);
      timer.unref();
      tick();
    },
    async stop() {
      isStopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
