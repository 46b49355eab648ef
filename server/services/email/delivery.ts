import os from 'node:os';
import nodemailer, { type Transporter } from 'nodemailer';
import * as store from '../../store/email.js';
import type { EmailOutboxTable, InstanceEmailOutboxTable } from '../../store/schema.js';
import { iso, type ServiceContext } from '../context.js';
import { GIVE_UP_AFTER_MS, LEASE_MS, retryDelayMs } from '../outbox-timing.js';
import { type EmailContent, renderEmail } from './templates.js';

export interface EmailPass {
  sent: number;
  retried: number;
  failed: number;
}

/** One SMTP transport per address, reused across passes (it pools its connections). */
const transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    transports.set(url, transport);
  }
  return transport;
}

/**
 * Hands the due emails of the outbox to the SMTP server once, like the webhook worker: leased so
 * that one process sends each, retried with backoff for three days, then given up. A pass over the
 * whole instance (no `organizationIds`) sends the instance's own emails (a sign-up's) too.
 */
export async function deliverDueEmails(
  ctx: ServiceContext,
  options: { worker?: string; limit?: number; organizationIds?: readonly string[] } = {},
): Promise<EmailPass> {
  const pass: EmailPass = { sent: 0, retried: 0, failed: 0 };
  const url = ctx.config.smtpUrl;
  if (!url) return pass;
  const now = ctx.now();
  const lease = {
    now: iso(now),
    leaseUntil: iso(new Date(now.getTime() + LEASE_MS)),
    worker: options.worker ?? `${os.hostname()}:${process.pid}`,
    limit: options.limit ?? 50,
  };
  const leased = await store.leaseDueEmails(ctx.db, ctx.dialect, {
    ...lease,
    organizationIds: options.organizationIds,
  });
  const transport = transportFor(url);
  for (const email of leased) {
    pass[
      await sendOne(ctx, transport, email, (changes) =>
        store.updateEmail(ctx.db, email.organization_id, email.id, changes),
      )
    ] += 1;
  }
  if (options.organizationIds) return pass;
  for (const email of await store.leaseDueInstanceEmails(ctx.db, ctx.dialect, lease)) {
    pass[await sendOne(ctx, transport, email, recordInstanceEmail(ctx, email.id))] += 1;
  }
  return pass;
}

type Outcome = Pick<InstanceEmailOutboxTable, 'status' | 'attempts' | 'lease_until' | 'last_error'> &
  Partial<Pick<InstanceEmailOutboxTable, 'sent_at' | 'next_attempt_at'>>;

/** Sends one leased email and records the outcome with `record`: sent, due again later, or given up. */
async function sendOne(
  ctx: ServiceContext,
  transport: Transporter,
  email: InstanceEmailOutboxTable & Partial<Pick<EmailOutboxTable, 'list_unsubscribe'>>,
  record: (changes: Outcome) => Promise<void>,
): Promise<keyof EmailPass> {
  const attempts = email.attempts + 1;
  try {
    await transport.sendMail({
      from: ctx.config.mailFrom,
      to: email.to_address,
      subject: email.subject,
      text: email.text_body,
      html: email.html_body,
      messageId: `<${email.id}@accord>`,
      ...(email.list_unsubscribe
        ? {
            list: { unsubscribe: email.list_unsubscribe },
            headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          }
        : {}),
    });
    await record({ status: 'sent', attempts, lease_until: null, sent_at: iso(ctx.now()), last_error: null });
    return 'sent';
  } catch (error) {
    const at = ctx.now();
    const next = new Date(at.getTime() + retryDelayMs(attempts));
    const givesUp = next.getTime() - Date.parse(email.created_at) > GIVE_UP_AFTER_MS;
    await record({
      status: givesUp ? 'failed' : 'pending',
      attempts,
      lease_until: null,
      next_attempt_at: iso(givesUp ? at : next),
      last_error: (error instanceof Error ? error.message : String(error)).slice(0, 500),
    });
    return givesUp ? 'failed' : 'retried';
  }
}

/**
 * Records an instance email's outcome; once it is sent or given up its bodies are emptied, because
 * they carry a sign-up's secret link, which the database otherwise keeps only as a hash.
 */
function recordInstanceEmail(ctx: ServiceContext, id: string) {
  return (changes: Outcome) =>
    store.updateInstanceEmail(ctx.db, id, {
      ...changes,
      ...(changes.status === 'pending' ? {} : { text_body: '', html_body: '' }),
    });
}

/**
 * Sends an email of the instance, which belongs to no organization (a sign-up's), through the
 * instance's outbox: written leased to this process and handed to the SMTP server at once, so the
 * person waiting for it gets it now; if the server refuses or cannot be reached, the delivery
 * worker retries it with the outbox's backoff (and after a crash, once the lease has run out).
 * Answers whether the SMTP server took it on this first attempt. Nothing is written when email is off.
 */
export async function sendInstanceEmail(
  ctx: ServiceContext,
  email: { kind: string; to: string; content: EmailContent },
): Promise<boolean> {
  const url = ctx.config.smtpUrl;
  if (!url) return false;
  const { text, html } = renderEmail(email.content);
  const now = ctx.now();
  const row: InstanceEmailOutboxTable = {
    id: `mail_${ctx.newId()}`,
    kind: email.kind,
    to_address: email.to,
    subject: email.content.subject,
    text_body: text,
    html_body: html,
    created_at: iso(now),
    status: 'pending',
    attempts: 0,
    next_attempt_at: iso(now),
    lease_until: iso(new Date(now.getTime() + LEASE_MS)),
    leased_by: `${os.hostname()}:${process.pid}`,
    last_error: null,
    sent_at: null,
  };
  await store.insertInstanceEmail(ctx.db, row);
  const outcome = await sendOne(ctx, transportFor(url), row, recordInstanceEmail(ctx, row.id));
  if (outcome !== 'sent') {
    ctx.log.warn({ kind: email.kind, email: row.id }, 'an email of the instance failed; it will be retried');
  }
  return outcome === 'sent';
}
