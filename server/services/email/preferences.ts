import type {
  NotificationChannel,
  NotificationKind,
  NotificationPreferences,
  Unsubscribed,
  UpdateNotificationPreferencesBody,
} from '../../../contract/email.js';
import { NotificationKind as Kinds, Unsubscribed as UnsubscribedSchema } from '../../../contract/email.js';

const Unsubscribable = UnsubscribedSchema.shape.kind;

import { notFound } from '../../errors.js';
import { sha256 } from '../../security/secrets.js';
import * as store from '../../store/email.js';
import * as organizations from '../../store/organizations.js';
import type { MemberActor } from '../authorization.js';
import { inTransaction, type ServiceContext } from '../context.js';

/**
 * Where each kind goes unless the person chose otherwise. What awaits their move or tells of a
 * problem comes by email at once; news of an agreement or an answer stays in the bell; what piles
 * up (every check-in of the promises one is customer of, acknowledgements) comes once a day in the
 * summary; the weekly digest comes by email. README.md lists the same table.
 */
export const DEFAULT_CHANNELS: Readonly<Record<NotificationKind, NotificationChannel>> = {
  'ask-received': 'email',
  'offer-received': 'email',
  'counter-received': 'email',
  'promise-agreed': 'app',
  'promise-declined': 'email',
  'renegotiation-proposed': 'email',
  'completion-reported': 'email',
  'promise-assessed': 'app',
  'check-in-posted': 'daily',
  'check-in-answered': 'app',
  'dependency-acknowledged': 'daily',
  'review-requested': 'email',
  'question-raised': 'email',
  'question-answered': 'app',
  'milestone-near': 'email',
  'milestone-missed': 'email',
  'dependency-declined': 'email',
  'promise-ended': 'app',
  'webhook-disabled': 'email',
  'check-in-due': 'email',
  mentioned: 'email',
  'reply-by-near': 'email',
  'finding-opened': 'app',
  'weekly-digest': 'email',
};

/** Each person's channel for `kind`: their choice, or the default. */
export async function channelsOf(
  ctx: ServiceContext,
  organizationId: string,
  personIds: readonly string[],
  kind: NotificationKind,
): Promise<Map<string, NotificationChannel>> {
  const chosen = await store.preferencesOfKind(ctx.db, organizationId, personIds, kind);
  const byPerson = new Map(chosen.map((row) => [row.person_id, row.channel]));
  return new Map(personIds.map((id) => [id, byPerson.get(id) ?? DEFAULT_CHANNELS[kind]]));
}

export async function getNotificationPreferences(
  ctx: ServiceContext,
  actor: Pick<MemberActor, 'organizationId' | 'personId'>,
): Promise<NotificationPreferences> {
  const chosen = new Map(
    (await store.listPreferences(ctx.db, actor.organizationId, actor.personId)).map((row) => [
      row.kind,
      row.channel,
    ]),
  );
  return {
    emailEnabled: ctx.config.smtpUrl !== null,
    preferences: Kinds.options.map((kind) => {
      const channel = chosen.get(kind);
      return { kind, channel: channel ?? DEFAULT_CHANNELS[kind], isDefault: channel === undefined };
    }),
  };
}

export async function updateNotificationPreferences(
  ctx: ServiceContext,
  actor: MemberActor,
  input: UpdateNotificationPreferencesBody,
): Promise<NotificationPreferences> {
  await inTransaction(ctx, async (tx) => {
    for (const { kind, channel } of input.preferences) {
      await store.savePreference(tx.db, {
        organization_id: actor.organizationId,
        person_id: actor.personId,
        kind,
        channel,
      });
    }
  });
  return getNotificationPreferences(ctx, actor);
}

/**
 * One-click unsubscribe: the kind of the email the link came in goes to the bell only from now on
 * (the weekly digest stops; the daily summary stops by sending each kind it carried to the bell).
 * The link works as long as the email is kept; following it twice changes nothing more.
 */
export async function unsubscribe(ctx: ServiceContext, token: string): Promise<Unsubscribed> {
  const email = await store.findEmailByUnsubscribeHash(ctx.db, sha256(token));
  const kind = Unsubscribable.safeParse(email?.kind);
  const personId = email?.person_id;
  const organization = email && (await organizations.findOrganization(ctx.db, email.organization_id));
  if (!personId || !organization || !kind.success) throw notFound('Unsubscribe link');
  const save = (kind: NotificationKind, channel: NotificationChannel) =>
    store.savePreference(ctx.db, { organization_id: organization.id, person_id: personId, kind, channel });
  if (kind.data === 'daily-summary') {
    const { preferences } = await getNotificationPreferences(ctx, {
      organizationId: organization.id,
      personId,
    });
    for (const preference of preferences.filter((p) => p.channel === 'daily')) {
      await save(preference.kind, 'app');
    }
    return { kind: kind.data, organizationName: organization.name, channel: 'app' };
  }
  const channel = kind.data === 'weekly-digest' ? 'off' : 'app';
  await save(kind.data, channel);
  return { kind: kind.data, organizationName: organization.name, channel };
}
