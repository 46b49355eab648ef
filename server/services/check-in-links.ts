import type { CheckInLink } from '../../contract/check-in-links.js';
import type { CheckIn } from '../../contract/check-ins.js';
import { AppError, notFound } from '../errors.js';
import { randomSecret, sha256 } from '../security/secrets.js';
import * as links from '../store/check-in-links.js';
import * as organizations from '../store/organizations.js';
import * as people from '../store/people.js';
import * as promises from '../store/promises.js';
import type { CheckInLinksTable } from '../store/schema.js';
import type { MemberActor } from './authorization.js';
import { createCheckIn, getProgress } from './check-ins.js';
import { inTransaction, iso, type ServiceContext } from './context.js';

/** How long an emailed check-in link works: a reminder's week, and a little more. */
export const CHECK_IN_LINK_DAYS = 8;

/**
 * A link for one person to check in on one promise, once, without signing in: what a reminder
 * carries so that checking in takes one screen. Only the hash of its secret is kept.
 */
export async function makeCheckInLink(
  tx: ServiceContext,
  link: { organizationId: string; personId: string; promiseId: string },
): Promise<string> {
  const secret = randomSecret();
  const now = tx.now();
  await links.insertCheckInLink(tx.db, {
    organization_id: link.organizationId,
    id: tx.newId(),
    token_hash: sha256(secret),
    person_id: link.personId,
    promise_id: link.promiseId,
    created_at: iso(now),
    expires_at: iso(new Date(now.getTime() + CHECK_IN_LINK_DAYS * 86_400_000)),
    used_at: null,
  });
  return `${tx.config.publicUrl}/check-in/${secret}`;
}

/**
 * The link and the member it acts as. A used, expired or unknown link, or one whose person has left,
 * is not found; the message says what to do instead.
 */
async function openLink(
  ctx: ServiceContext,
  token: string,
): Promise<{ row: CheckInLinksTable; actor: MemberActor }> {
  const row = await links.findCheckInLinkByHash(ctx.db, sha256(token));
  const gone = () =>
    new AppError('not_found', 'This check-in link was used or has expired; sign in to Accord to check in');
  if (!row || row.used_at !== null || Date.parse(row.expires_at) <= ctx.now().getTime()) throw gone();
  const [person, membership] = await Promise.all([
    people.findPersonById(ctx.db, row.person_id),
    people.findActiveMembership(ctx.db, row.organization_id, row.person_id),
  ]);
  if (!person || !membership) throw gone();
  return {
    row,
    actor: {
      personId: person.id,
      name: person.name,
      email: person.email,
      organizationId: row.organization_id,
      role: membership.role,
      via: 'token',
    },
  };
}

export async function readCheckInLink(ctx: ServiceContext, token: string): Promise<CheckInLink> {
  const { row, actor } = await openLink(ctx, token);
  const [progress, organization] = await Promise.all([
    getProgress(ctx, actor, row.promise_id),
    organizations.findOrganization(ctx.db, row.organization_id),
  ]);
  const title = await promiseTitle(ctx, row);
  return {
    promise: { id: row.promise_id, title },
    person: { name: actor.name },
    organizationName: organization?.name ?? '',
    progress,
    expiresAt: row.expires_at,
  };
}

/**
 * Checks in as the link's person, with every rule a signed-in check-in has (only a performer, only
 * while promised, never in a closed cycle); the link is used by the same transaction, so it makes
 * one check-in however often the form is sent.
 */
export async function checkInByLink(
  ctx: ServiceContext,
  token: string,
  input: Parameters<typeof createCheckIn>[3],
): Promise<CheckIn> {
  const { row, actor } = await openLink(ctx, token);
  return inTransaction(ctx, async (tx) => {
    if (!(await links.useCheckInLink(tx.db, row.organization_id, row.id, iso(tx.now())))) {
      throw new AppError(
        'conflict',
        'This check-in link was used already; sign in to Accord to check in again',
      );
    }
    return createCheckIn(tx, actor, row.promise_id, input);
  });
}

async function promiseTitle(ctx: ServiceContext, row: CheckInLinksTable): Promise<string> {
  const promise = await promises.findPromise(ctx.db, row.organization_id, row.promise_id);
  if (!promise) throw notFound('Promise');
  return promise.title;
}
