import type { DigestPreview } from '../../contract/digest.js';
import { notFound } from '../errors.js';
import * as digestStore from '../store/digest.js';
import * as organizationStore from '../store/organizations.js';
import type { OrganizationsTable } from '../store/schema.js';
import type { MemberActor } from './authorization.js';
import { inTransaction, iso, type ServiceContext } from './context.js';
import { enqueueEmail } from './email/outbox.js';
import { type EmailContent, type EmailSection, renderEmail } from './email/templates.js';
import { addDays, localDateOf, localMoment } from './local-time.js';

/** Monday, from this local hour on, is when the week's digest goes. */
export const DIGEST_WEEKDAY = 1;
export const DIGEST_HOUR = 9;
/** How many of each part the digest lists; it says how many more there are. */
const LISTED = 10;
/** Recipients per transaction, and the most pages one pass sends per organization. */
const PAGE = 200;
const PAGES_PER_PASS = 25;
const WEEK_MS = 7 * 86_400_000;

interface Item {
  id: string;
  title: string;
}

/** What the digest tells of an organization's week: computed once, then sent to every recipient. */
export interface DigestContent {
  organizationName: string;
  /** The organization's zone when the digest was made: its dates are shown in it. Absent: UTC. */
  timeZone?: string;
  since: string;
  until: string;
  atRisk: { rows: Array<Item & { status: string | null; due_date: string }>; total: number };
  completed: { rows: Array<Item & { status: string; score: number | null }>; total: number };
  missingCheckIns: { rows: Array<Item & { due: string | null }>; total: number };
  newFindings: { rows: Array<{ key: string; severity: string; message: string }>; total: number };
  scoreChanges: Array<Item & { before: number | null; after: number | null }>;
}

async function digestContent(
  ctx: ServiceContext,
  organization: OrganizationsTable,
  since: string,
): Promise<DigestContent> {
  const organizationId = organization.id;
  const until = iso(ctx.now());
  const [atRisk, completed, missingCheckIns, findings, scoreChanges] = await Promise.all([
    digestStore.atRisk(ctx.db, organizationId, LISTED),
    digestStore.completedSince(ctx.db, organizationId, since, LISTED),
    digestStore.missingCheckIns(ctx.db, organizationId, until, LISTED),
    digestStore.findingsOpenedSince(ctx.db, organizationId, since, LISTED),
    digestStore.scoreChangesSince(ctx.db, organizationId, since, LISTED),
  ]);
  return {
    organizationName: organization.name,
    timeZone: organization.time_zone,
    since,
    until,
    atRisk,
    completed,
    missingCheckIns,
    newFindings: {
      total: findings.total,
      rows: findings.rows.map((row) => ({
        key: row.key,
        severity: row.severity,
        message: messageOf(ctx.dialect.parseJson(row.body)),
      })),
    },
    scoreChanges,
  };
}

function messageOf(body: unknown): string {
  return typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string'
    ? body.message
    : 'A new finding';
}

const percent = (score: number | null) => (score === null ? 'no score' : `${Math.round(score * 100)}%`);
const statusWords: Record<string, string> = {
  'at-risk': 'at risk',
  'off-track': 'off track',
  reported: 'reported complete',
  satisfied: 'satisfied',
};

export function isEmptyDigest(content: DigestContent): boolean {
  return (
    content.atRisk.total +
      content.completed.total +
      content.missingCheckIns.total +
      content.newFindings.total +
      content.scoreChanges.length ===
    0
  );
}

/** The digest as an email to one person: the same content for everyone, their name in the greeting. */
export function digestEmail(
  content: DigestContent,
  base: string,
  name: string,
): Omit<EmailContent, 'unsubscribeUrl'> {
  const dateOf = (instant: string) => localDateOf(instant, content.timeZone ?? 'UTC');
  const promise = (item: Item, text: string) => ({ text, url: `${base}/promises/${item.id}` });
  const more = (shown: number, total: number, none: string) =>
    total > shown ? `And ${total - shown} more.` : total === 0 ? none : undefined;
  const sections: EmailSection[] = [
    {
      heading: 'At risk or off track',
      items: content.atRisk.rows.map((row) =>
        promise(row, `${row.title}: ${statusWords[row.status ?? ''] ?? row.status}, due ${row.due_date}`),
      ),
      note: more(content.atRisk.rows.length, content.atRisk.total, 'Nothing is at risk or off track.'),
    },
    {
      heading: 'Completed',
      items: content.completed.rows.map((row) =>
        promise(
          row,
          `${row.title}: ${statusWords[row.status] ?? row.status}${row.score === null ? '' : `, scored ${percent(row.score)}`}`,
        ),
      ),
      note: more(content.completed.rows.length, content.completed.total, 'Nothing was completed this week.'),
    },
    {
      heading: 'Check-ins missing',
      items: content.missingCheckIns.rows.map((row) =>
        promise(row, `${row.title}: a check-in was due ${row.due ? dateOf(row.due) : ''}`),
      ),
      note: more(
        content.missingCheckIns.rows.length,
        content.missingCheckIns.total,
        'Every promise is checked in on time.',
      ),
    },
    {
      heading: 'New findings',
      items: content.newFindings.rows.map((row) => ({
        text: `${row.severity === 'problem' ? 'Problem' : 'Warning'}: ${row.message}`,
        url: `${base}/strategy-debugger`,
      })),
      note: more(
        content.newFindings.rows.length,
        content.newFindings.total,
        'The strategy debugger found nothing new.',
      ),
    },
    {
      heading: 'Changes in score',
      items: content.scoreChanges.map((row) =>
        promise(row, `${row.title}: ${percent(row.before)} → ${percent(row.after)}`),
      ),
      note: content.scoreChanges.length === 0 ? 'No score changed this week.' : undefined,
    },
  ];
  return {
    subject: `${content.organizationName}: the week in Accord`,
    greeting: `Hello ${name},`,
    lines: [
      `Here is how ${content.organizationName}'s promises moved since ${dateOf(content.since)}: ` +
        `${content.atRisk.total} at risk or off track, ${content.completed.total} completed, ` +
        `${content.missingCheckIns.total} missing a check-in, ${content.newFindings.total} new findings.`,
    ],
    sections,
    action: { label: 'Open the dashboard', url: `${base}/dashboard` },
    footer: `You get this weekly digest from Accord for ${content.organizationName}; you can turn it off in your notification settings.`,
  };
}

/** The Monday of the organization's local week `now` falls in, and whether that week's digest is due yet. */
function weekOf(now: Date, timeZone: string): { week: string; isDue: boolean } {
  const local = localMoment(now, timeZone);
  const week = addDays(local.date, DIGEST_WEEKDAY - local.isoWeekday);
  return { week, isDue: local.isoWeekday > DIGEST_WEEKDAY || local.hour >= DIGEST_HOUR };
}

async function organizationOf(ctx: ServiceContext, organizationId: string): Promise<OrganizationsTable> {
  const organization = await organizationStore.findOrganization(ctx.db, organizationId);
  if (!organization) throw notFound('The organization');
  return organization;
}

/** Where the week's digest starts telling from: the last digest, else a week before now. */
async function sinceOf(ctx: ServiceContext, organizationId: string, week: string): Promise<string> {
  return (
    (await digestStore.lastDigestBefore(ctx.db, organizationId, week)) ??
    iso(new Date(ctx.now().getTime() - WEEK_MS))
  );
}

/** This week's digest as it would go now, for an admin to read before it goes. Only reads. */
export async function previewDigest(ctx: ServiceContext, actor: MemberActor): Promise<DigestPreview> {
  const organization = await organizationOf(ctx, actor.organizationId);
  const { week } = weekOf(ctx.now(), organization.time_zone);
  const sent = await digestStore.findDigest(ctx.db, actor.organizationId, week);
  const content: DigestContent = sent
    ? ctx.dialect.parseJson(sent.content)
    : await digestContent(ctx, organization, await sinceOf(ctx, actor.organizationId, week));
  const email = digestEmail(content, ctx.config.publicUrl, actor.name);
  const { html, text } = renderEmail(email);
  return {
    subject: email.subject,
    since: content.since,
    until: content.until,
    html,
    text,
    isEmpty: isEmptyDigest(content),
  };
}

/**
 * Sends the organization's digest of the week once it is due (Monday from 09:00 in its time zone): its
 * content is computed and stored once, then its recipients (members who did not turn it off) are
 * sent it a page at a time, by person id. Each page moves the digest's cursor in the transaction
 * that writes its emails, guarded by where the cursor was, so no one gets it twice whatever the
 * number of processes; a pass that stops part way is taken up by the next. An empty week sends
 * nothing. Returns how many emails this call wrote.
 */
export async function sendWeeklyDigest(ctx: ServiceContext, organizationId: string): Promise<number> {
  if (!ctx.config.smtpUrl) return 0;
  const organization = await organizationStore.findOrganization(ctx.db, organizationId);
  if (!organization) return 0;
  const { week, isDue } = weekOf(ctx.now(), organization.time_zone);
  if (!isDue) return 0;
  let digest = await digestStore.findDigest(ctx.db, organizationId, week);
  if (!digest) {
    const content = await digestContent(ctx, organization, await sinceOf(ctx, organizationId, week));
    const isEmpty = isEmptyDigest(content);
    await digestStore.insertDigest(ctx.db, {
      organization_id: organizationId,
      week,
      since: content.since,
      created_at: iso(ctx.now()),
      content: JSON.stringify(content),
      sent_through: null,
      recipients: 0,
      finished_at: isEmpty ? iso(ctx.now()) : null,
    });
    digest = await digestStore.findDigest(ctx.db, organizationId, week);
  }
  if (!digest || digest.finished_at) return 0;
  const content: DigestContent = ctx.dialect.parseJson(digest.content);
  let sentThrough = digest.sent_through;
  let written = 0;
  for (let page = 0; page < PAGES_PER_PASS; page += 1) {
    const result = await sendPage(ctx, organizationId, week, content, sentThrough);
    if (!result) break;
    written += result.sent;
    if (result.isLast) break;
    sentThrough = result.through;
  }
  return written;
}

async function sendPage(
  ctx: ServiceContext,
  organizationId: string,
  week: string,
  content: DigestContent,
  after: string | null,
): Promise<{ sent: number; through: string | null; isLast: boolean } | undefined> {
  return inTransaction(ctx, async (tx) => {
    const recipients = await digestStore.digestRecipients(tx.db, organizationId, after, PAGE);
    const isLast = recipients.length < PAGE;
    const through = recipients.at(-1)?.id ?? after;
    const moved = await digestStore.advanceDigest(tx.db, organizationId, week, {
      from: after,
      to: through,
      sent: recipients.length,
      finishedAt: isLast ? iso(tx.now()) : null,
    });
    // Another process sent this page: leave the rest to it.
    if (!moved) return undefined;
    for (const person of recipients) {
      await enqueueEmail(tx, {
        organizationId,
        kind: 'weekly-digest',
        personId: person.id,
        to: person.email,
        unsubscribable: true,
        content: digestEmail(content, tx.config.publicUrl, person.name),
      });
    }
    return { sent: recipients.length, through, isLast };
  });
}
