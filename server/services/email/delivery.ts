import os from 'node:os';
import nodemailer, { type Transporter } from 'nodemailer';
import * as store from '../../store/email.js';
import type { EmailOutboxTable } from '../../store/schema.js';
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
 * that one process sends each, retried with backoff for three days, then given up.
 */
export async function deliverDueEmails(
  ctx: ServiceContext,
  options: { worker?: string; limit?: number; organizationIds?: readonly string[] } = {},
): Promise<EmailPass> {
  const pass: EmailPass = { sent: 0, retried: 0, failed: 0 };
  const url = ctx.config.smtpUrl;
  if (!url) return pass;
  const now = ctx.now();
  const leased = await store.leaseDueEmails(ctx.db, ctx.dialect, {
    now: iso(now),
    leaseUntil: iso(new Date(now.getTime() + LEASE_MS)),
    worker: options.worker ?? `${os.hostname()}:${process.pid}`,
    limit: options.limit ?? 50,
    organizationIds: options.organizationIds,
  });
  const transport = transportFor(url);
  for (const email of leased) pass[await sendOne(ctx, transport, email)] += 1;
  return pass;
}

async function sendOne(
  ctx: ServiceContext,
  transport: Transporter,
  email: EmailOutboxTable,
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
    await store.updateEmail(ctx.db, email.organization_id, email.id, {
      status: 'sent',
      attempts,
      lease_until: null,
      sent_at: iso(ctx.now()),
      last_error: null,
    });
    return 'sent';
  } catch (error) {
    const at = ctx.now();
    const next = new Date(at.getTime() + retryDelayMs(attempts));
    const givesUp = next.getTime() - Date.parse(email.created_at) > GIVE_UP_AFTER_MS;
    await store.updateEmail(ctx.db, email.organization_id, email.id, {
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
 * Sends one email now, outside the outbox, and answers whether the SMTP server took it. For the
 * emails of a sign-up, which belong to no organization yet (the outbox files each under one): a
 * failure is logged, not retried; whoever signs up can ask again.
 */
export async function sendNow(
  ctx: ServiceContext,
  email: { kind: string; to: string; content: EmailContent },
): Promise<boolean> {
  const url = ctx.config.smtpUrl;
  if (!url) return false;
  const { text, html } = renderEmail(email.content);
  try {
    await transportFor(url).sendMail({
      from: ctx.config.mailFrom,
      to: email.to,
      subject: email.content.subject,
      text,
      html,
    });
    return true;
  } catch (error) {
    ctx.log.warn({ err: error, kind: email.kind }, 'an email sent outside the outbox failed');
    return false;
  }
}
