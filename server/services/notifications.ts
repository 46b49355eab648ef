import type { Notification } from '../../contract/notifications.js';
import type { Party } from '../../contract/parties.js';
import { notFound } from '../errors.js';
import * as emailStore from '../store/email.js';
import * as notificationStore from '../store/notifications.js';
import * as organizationStore from '../store/organizations.js';
import type { Page } from '../store/pages.js';
import * as teamStore from '../store/teams.js';
import type { MemberActor } from './authorization.js';
import { inTransaction, iso, type ServiceContext } from './context.js';
import { enqueueEmail } from './email/outbox.js';
import { channelsOf } from './email/preferences.js';
import type { PromiseRecord } from './promises/records.js';

type Kind = Notification['kind'];

export interface NotificationEvent {
  kind: Kind;
  title: string;
  promiseId?: string;
  cycleId?: string;
  dedupeKey: string;
  /** What the email's button does for this person, when not just opening the promise. */
  emailAction?: (tx: ServiceContext, personId: string) => Promise<{ label: string; url: string }>;
}

/**
 * One stream of events that await someone: the bell, and by each person's choice for the kind an
 * email at once or the next daily summary (server/jobs/send-daily-summaries.ts). Who is concerned
 * by an event is decided in `whoIsConcerned` (concerned.ts). Each event reaches each person once
 * (the dedupe key), however often or on however many servers it is noticed. Returns how many
 * people it newly reached.
 */
export async function notify(
  ctx: ServiceContext,
  organizationId: string,
  personIds: readonly string[],
  event: NotificationEvent,
): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const at = iso(tx.now());
    const channels = await channelsOf(tx, organizationId, [...new Set(personIds)], event.kind);
    // Who chose "off" for this kind is not told at all, not even in the bell.
    const people = [...channels].filter(([, channel]) => channel !== 'off').map(([id]) => id);
    const reached = await notificationStore.insertNotifications(
      tx.db,
      people.map((personId) => ({
        organization_id: organizationId,
        id: tx.newId(),
        person_id: personId,
        kind: event.kind,
        title: event.title,
        promise_id: event.promiseId ?? null,
        cycle_id: event.cycleId ?? null,
        dedupe_key: event.dedupeKey,
        at,
        read_at: null,
        // Who chose the daily summary finds it there, as well as in the bell.
        summary_status: channels.get(personId) === 'daily' ? 'pending' : null,
      })),
    );
    // Those already told (the dedupe key) are named too: a bell that refreshes for nothing costs one read.
    if (reached.length > 0) {
      tx.changes.publish({ kind: 'notifications-created', organizationId, personIds: people });
      // Only the newly told get the email, once, like the bell: the same event noticed twice sends one.
      const byEmail = reached.filter((id) => channels.get(id) === 'email');
      await emailNotification(tx, organizationId, byEmail, event);
    }
    return reached.length;
  });
}

async function emailNotification(
  tx: ServiceContext,
  organizationId: string,
  personIds: readonly string[],
  event: NotificationEvent,
): Promise<void> {
  if (personIds.length === 0 || !tx.config.smtpUrl) return;
  const [addresses, organization] = await Promise.all([
    emailStore.addressesOf(tx.db, personIds),
    organizationStore.findOrganization(tx.db, organizationId),
  ]);
  const base = tx.config.publicUrl;
  const url = event.promiseId
    ? `${base}/promises/${event.promiseId}`
    : event.cycleId
      ? `${base}/planning?cycle=${event.cycleId}`
      : `${base}/inbox`;
  for (const person of addresses) {
    await enqueueEmail(tx, {
      organizationId,
      kind: event.kind,
      personId: person.id,
      to: person.email,
      unsubscribable: true,
      content: {
        subject: event.title,
        greeting: `Hello ${person.name},`,
        lines: [event.title],
        action: event.emailAction
          ? await event.emailAction(tx, person.id)
          : { label: event.promiseId ? 'Open the promise' : 'Open Accord', url },
        footer: `You get this email from Accord for ${organization?.name ?? 'your organization'} because of your notification settings.`,
      },
    });
  }
}

/** The people a party speaks through: the person, or a team's leads (or all its members). */
export async function peopleOfParty(
  ctx: ServiceContext,
  organizationId: string,
  party: Party,
  who: 'leads' | 'members',
): Promise<string[]> {
  if (party.type === 'person') return [party.id];
  return teamStore.listTeamPeople(ctx.db, organizationId, party.id, who);
}

export async function peopleOfSides(
  ctx: ServiceContext,
  record: PromiseRecord,
  sides: ReadonlyArray<'customer' | 'performer'> = ['customer', 'performer'],
): Promise<string[]> {
  const parties = [
    ...(sides.includes('customer') ? [record.customer] : []),
    ...(sides.includes('performer') ? record.performers : []),
  ];
  const people = await Promise.all(
    parties.map((p) => peopleOfParty(ctx, record.row.organization_id, p, 'leads')),
  );
  return [...new Set(people.flat())];
}

/** The first notifications a bell shows, unless a page is asked for. */
const FIRST_PAGE: Page = { limit: 20, offset: 0 };

/** A page of my notifications, newest first, with how many are unread. */
export async function listNotifications(ctx: ServiceContext, actor: MemberActor, page: Page = FIRST_PAGE) {
  // Only reads: milestones are noticed by a job (server/jobs/), not by whoever looks.
  const [{ rows, total }, unread] = await Promise.all([
    notificationStore.pageNotifications(ctx.db, actor.organizationId, actor.personId, page),
    notificationStore.countUnread(ctx.db, actor.organizationId, actor.personId),
  ]);
  return {
    total,
    ...page,
    notifications: rows.map((row) => ({
      id: row.id,
      kind: row.kind as Kind,
      title: row.title,
      promiseId: row.promise_id,
      cycleId: row.cycle_id,
      at: row.at,
      readAt: row.read_at,
    })),
    unread,
  };
}

export async function markNotificationRead(ctx: ServiceContext, actor: MemberActor, id: string) {
  const row = await notificationStore.findNotification(ctx.db, actor.organizationId, actor.personId, id);
  if (!row) throw notFound('Notification');
  await notificationStore.markRead(ctx.db, actor.organizationId, actor.personId, iso(ctx.now()), id);
  return listNotifications(ctx, actor);
}

export async function markAllNotificationsRead(ctx: ServiceContext, actor: MemberActor) {
  await notificationStore.markRead(ctx.db, actor.organizationId, actor.personId, iso(ctx.now()));
  return listNotifications(ctx, actor);
}
