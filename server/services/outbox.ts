import type { OutboxItem, OutboxKind, OutboxList, OutboxQuery } from '../../contract/outbox.js';
import { conflict, notFound } from '../errors.js';
import * as store from '../store/outbox.js';
import * as webhooks from '../store/webhooks.js';
import type { MemberActor } from './authorization.js';
import { iso, type ServiceContext } from './context.js';

function presentOutboxItem(row: store.OutboxRow): OutboxItem {
  return {
    kind: row.kind,
    id: row.id,
    state: row.state,
    summary: row.summary,
    recipient: row.recipient,
    webhookId: row.webhook_id,
    createdAt: row.created_at,
    attempts: Number(row.attempts),
    nextAttemptAt: row.state === 'failed' ? null : row.next_attempt_at,
    lastError: row.last_error,
  };
}

/** The organization's outbox: what is waiting, being retried or failed, and how many of each. */
export async function listOutbox(
  ctx: ServiceContext,
  actor: MemberActor,
  query: OutboxQuery,
): Promise<OutboxList> {
  const { limit, offset, state, kind } = query;
  const { rows, total, counts } = await store.pageOutbox(
    ctx.db,
    actor.organizationId,
    { state, kind },
    { limit, offset },
  );
  return { items: rows.map(presentOutboxItem), counts, total, limit, offset };
}

/**
 * "Retry now": an email or delivery that failed for good (or waits for its next retry) is sent at
 * the delivery worker's next pass, as it was (a delivery keeps its webhook-id). A delivery to a
 * webhook that was disabled or removed is refused: it would fail again at once.
 */
export async function retryOutboxItem(
  ctx: ServiceContext,
  actor: MemberActor,
  kind: OutboxKind,
  id: string,
): Promise<OutboxItem> {
  const row = await store.findOutboxRow(ctx.db, actor.organizationId, kind, id);
  if (!row) throw notFound(kind === 'email' ? 'Email' : 'Delivery');
  if (kind === 'email' && !ctx.config.smtpUrl) {
    throw conflict('Email is off on this instance (ACCORD_SMTP_URL is not set): nothing can be sent');
  }
  if (row.webhook_id) {
    const subscription = await webhooks.findSubscription(ctx.db, actor.organizationId, row.webhook_id);
    if (!subscription) throw conflict('This webhook was removed: its deliveries are not sent any more');
    if (subscription.disabled_at) {
      throw conflict('This webhook is disabled; enable it before sending it anything');
    }
  }
  const now = iso(ctx.now());
  if (!(await store.makeOutboxRowDue(ctx.db, actor.organizationId, kind, id, now))) {
    throw conflict('It was sent meanwhile');
  }
  return presentOutboxItem({
    ...row,
    state: row.state === 'failed' ? (row.attempts === 0 ? 'waiting' : 'retrying') : row.state,
    next_attempt_at: now,
  });
}
