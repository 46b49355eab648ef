import * as emailStore from '../../store/email.js';
import * as notificationStore from '../../store/notifications.js';
import * as organizationStore from '../../store/organizations.js';
import type { NotificationsTable } from '../../store/schema.js';
import { inTransaction, iso, type ServiceContext } from '../context.js';
import { addDays, instantAt, localMoment } from '../local-time.js';
import { enqueueEmail } from './outbox.js';

/** The local hour the daily summary goes at: it carries what came before it, since the last one. */
export const DAILY_SUMMARY_HOUR = 8;
/** The most notifications one summary lists; it says how many more wait in the bell. */
const ITEMS = 50;
/** The most people one pass sends a summary per organization; the next pass takes the rest. */
const BATCH = 200;

/** Where a notification leads, as a link in an email (the bell's `pathOf`, on the public address). */
export function linkOf(base: string, row: Pick<NotificationsTable, 'kind' | 'promise_id' | 'cycle_id'>) {
  if (row.kind === 'webhook-disabled') return `${base}/integrations`;
  if (row.promise_id) return `${base}/promises/${row.promise_id}`;
  if (row.cycle_id) return `${base}/planning?cycle=${row.cycle_id}`;
  return `${base}/inbox`;
}

/**
 * Once a day, from the set hour on the organization's clock (its time zone), each person who chose "daily summary" for some kinds gets
 * one email of those notifications from before that hour and since their last summary; nobody
 * gets an empty one. The summary is claimed (one row per person and local day) in the transaction
 * that writes the email to the outbox and marks its notifications summarized, so it goes once
 * however many passes or processes try. The day it names is the organization's local day. Returns how many summaries were written.
 */
export async function sendDailySummaries(ctx: ServiceContext, organizationId: string): Promise<number> {
  if (!ctx.config.smtpUrl) return 0;
  const organization = await organizationStore.findOrganization(ctx.db, organizationId);
  if (!organization) return 0;
  const timeZone = organization.time_zone;
  const local = localMoment(ctx.now(), timeZone);
  // Before the hour, today's summary is not due: yesterday's was (and is claimed by now, or late).
  const day = local.hour >= DAILY_SUMMARY_HOUR ? local.date : addDays(local.date, -1);
  const before = iso(instantAt(day, DAILY_SUMMARY_HOUR, timeZone));
  const people = await notificationStore.peopleWithPendingSummary(ctx.db, {
    organizationId,
    day,
    before,
    limit: BATCH,
  });
  let written = 0;
  for (const personId of people) {
    if (await summarise(ctx, { organizationId, personId, day, before, name: organization.name })) {
      written += 1;
    }
  }
  return written;
}

async function summarise(
  ctx: ServiceContext,
  summary: { organizationId: string; personId: string; day: string; before: string; name: string },
): Promise<boolean> {
  const { organizationId, personId, day, before } = summary;
  return inTransaction(ctx, async (tx) => {
    const { rows, total } = await notificationStore.pendingSummaryOf(
      tx.db,
      organizationId,
      personId,
      before,
      ITEMS,
    );
    const [person] = await emailStore.addressesOf(tx.db, [personId]);
    if (rows.length === 0 || !person) return false;
    const claimed = await notificationStore.claimDailySummary(tx.db, {
      organization_id: organizationId,
      person_id: personId,
      day,
      sent_at: iso(tx.now()),
      items: total,
    });
    if (!claimed) return false;
    const base = tx.config.publicUrl;
    const more = total - rows.length;
    await enqueueEmail(tx, {
      organizationId,
      kind: 'daily-summary',
      personId,
      to: person.email,
      unsubscribable: true,
      content: {
        subject: `Your Accord summary for ${day}: ${total} ${total === 1 ? 'notification' : 'notifications'}`,
        greeting: `Hello ${person.name},`,
        lines: [`Here is what happened in ${summary.name} that you chose to hear of once a day.`],
        sections: [
          {
            heading: 'Since your last summary',
            items: rows.map((row) => ({ text: row.title, url: linkOf(base, row) })),
            note: more > 0 ? `And ${more} more in your notifications in Accord.` : undefined,
          },
        ],
        action: { label: 'Open your notifications', url: `${base}/inbox` },
        footer: `You get this summary from Accord for ${summary.name} because you chose a daily summary for some notifications.`,
      },
    });
    await notificationStore.markSummarized(tx.db, organizationId, personId, before);
    return true;
  });
}
