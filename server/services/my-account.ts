import { leavesNoOwner } from '../../core/organization/roles.js';
import { AppError, conflict, notFound } from '../errors.js';
import { refuseWeakPassword } from '../security/password-strength.js';
import { hashPassword, verifyPassword } from '../security/passwords.js';
import * as links from '../store/account-links.js';
import * as calendarFeeds from '../store/calendar-feeds.js';
import { lockOrganization } from '../store/locks.js';
import * as organizations from '../store/organizations.js';
import * as people from '../store/people.js';
import type { PeopleTable } from '../store/schema.js';
import * as sessions from '../store/sessions.js';
import * as tokens from '../store/tokens.js';
import { refuseWithoutEmail, sendAccountLink, useAccountLink } from './account-links.js';
import type { Actor } from './actor.js';
import { inTransaction, iso, type ServiceContext } from './context.js';

/** The name a deleted account is shown under wherever its promises and moves appear. */
export const FORMER_MEMBER = 'Former member';

async function personOf(tx: ServiceContext, actor: Actor): Promise<PeopleTable> {
  const person = await people.findPersonById(tx.db, actor.personId);
  if (!person || person.deleted_at) throw new AppError('unauthenticated', 'This account no longer exists');
  return person;
}

/** Refuses a wrong current password under its field, as a form shows it; nothing is changed. */
async function requireCurrentPassword(person: PeopleTable, password: string): Promise<void> {
  if (await verifyPassword(person.password_hash, password)) return;
  throw new AppError('validation_failed', 'body: currentPassword is not your current password', {
    kind: 'validation',
    issues: [{ path: 'currentPassword', message: 'is not your current password' }],
  });
}

/** Drops the cached actors of the person's sessions and tokens in every process, in each organization. */
async function publishPersonChanged(tx: ServiceContext, personId: string): Promise<void> {
  for (const organization of await organizations.listOrganizationsOfPerson(tx.db, personId)) {
    tx.changes.publish({
      kind: 'membership-changed',
      organizationId: organization.id,
      personIds: [personId],
    });
  }
}

export async function changeName(ctx: ServiceContext, actor: Actor, name: string): Promise<Actor> {
  await inTransaction(ctx, async (tx) => {
    await personOf(tx, actor);
    await people.updatePerson(tx.db, actor.personId, { name });
    await publishPersonChanged(tx, actor.personId);
  });
  return { ...actor, name };
}

/** A new password, the current one given; every other session ends, and unused reset links with it. */
export async function changePassword(
  ctx: ServiceContext,
  actor: Actor,
  input: { currentPassword: string; password: string },
): Promise<void> {
  const person = await personOf(ctx, actor);
  await requireCurrentPassword(person, input.currentPassword);
  refuseWeakPassword(input.password, person.email);
  const hash = await hashPassword(input.password, ctx.config.passwordHashing);
  await inTransaction(ctx, async (tx) => {
    await people.updatePerson(tx.db, person.id, { password_hash: hash });
    await links.retireAccountLinks(tx.db, person.id, ['password-reset'], iso(tx.now()));
    const ended = await sessions.deleteSessionsOfExcept(tx.db, person.id, actor.sessionId ?? '');
    for (const id of ended)
      tx.changes.publish({ kind: 'session-changed', organizationId: null, sessionId: id });
  });
}

/**
 * Emails a link to the new address; the account keeps its email until the link is followed, so a
 * mistyped address locks no one out. Without email nothing can be confirmed, and nothing changes.
 */
export async function requestEmailChange(
  ctx: ServiceContext,
  actor: Actor,
  input: { email: string; currentPassword: string },
): Promise<{ email: string; expiresAt: string }> {
  const person = await personOf(ctx, actor);
  await requireCurrentPassword(person, input.currentPassword);
  if (input.email === person.email) {
    throw new AppError('validation_failed', 'body: email is your email already', {
      kind: 'validation',
      issues: [{ path: 'email', message: 'is your email already' }],
    });
  }
  refuseWithoutEmail(ctx, `your email cannot be confirmed and stays ${person.email}`);
  if (await people.findPersonByEmail(ctx.db, input.email)) {
    throw conflict(`Another account has ${input.email}`);
  }
  const expiresAt = await inTransaction(ctx, (tx) =>
    sendAccountLink(tx, person, {
      purpose: 'email-change',
      to: input.email,
      newEmail: input.email,
      content: (url) => ({
        subject: 'Confirm your new email address for Accord',
        greeting: `Hello ${person.name},`,
        lines: [
          `You asked to sign in to Accord with ${input.email} instead of ${person.email}.`,
          'Follow the link within a day to confirm it; until then your email stays as it was.',
        ],
        action: { label: 'Confirm this address', url },
        footer:
          'You get this email because someone asked to move an Accord account to this address. If it was not you, ignore it.',
      }),
    }),
  );
  return { email: input.email, expiresAt };
}

export async function confirmEmailChange(ctx: ServiceContext, token: string): Promise<{ email: string }> {
  return inTransaction(ctx, async (tx) => {
    const { link, person } = await useAccountLink(tx, 'email-change', token);
    const email = link.new_email ?? person.email;
    const holder = await people.findPersonByEmail(tx.db, email);
    if (holder && holder.id !== person.id) throw conflict(`Another account has ${email} now`);
    await people.updatePerson(tx.db, person.id, { email });
    await publishPersonChanged(tx, person.id);
    return { email };
  });
}

/**
 * Ends a membership the way removing a member does, and what acted through it: the tokens made in
 * the organization and the calendar feed. The last owner may not leave it ownerless.
 */
async function endMembership(tx: ServiceContext, personId: string, organizationId: string): Promise<void> {
  await lockOrganization(tx.db, tx.dialect, organizationId);
  const [membership, ownerCount, organization] = await Promise.all([
    people.findActiveMembership(tx.db, organizationId, personId),
    people.countOwners(tx.db, organizationId),
    organizations.findOrganization(tx.db, organizationId),
  ]);
  if (!membership || !organization) throw notFound('Organization');
  if (leavesNoOwner(ownerCount, membership.role, null)) {
    throw conflict(
      `You are the last owner of ${organization.name}; make someone else an owner before you leave it`,
    );
  }
  const now = iso(tx.now());
  await people.markMembershipRemoved(tx.db, organizationId, personId, now);
  await tokens.revokeApiTokensOf(tx.db, organizationId, personId, now);
  await calendarFeeds.revokeCalendarFeeds(tx.db, organizationId, personId, now);
  tx.changes.publish({ kind: 'membership-changed', organizationId, personIds: [personId] });
}

/** Leaves one organization; a session acting in it moves to another of the person's, if any. */
export async function leaveOrganization(ctx: ServiceContext, actor: Actor, organizationId: string) {
  await inTransaction(ctx, async (tx) => {
    await endMembership(tx, actor.personId, organizationId);
    if (actor.sessionId && actor.organizationId === organizationId) {
      const [next] = await organizations.listOrganizationsOfPerson(tx.db, actor.personId);
      await sessions.updateSession(tx.db, actor.sessionId, { organization_id: next?.id ?? null });
      tx.changes.publish({ kind: 'session-changed', organizationId: null, sessionId: actor.sessionId });
    }
  });
}

/**
 * Deletes the account: it leaves every organization (refused, changing nothing, while it is the last
 * owner of one), its sessions, tokens and links end, and its name and email are replaced. The row
 * stays, so every promise and move it made stays, shown under "Former member".
 */
export async function deleteAccount(ctx: ServiceContext, actor: Actor, currentPassword: string) {
  const person = await personOf(ctx, actor);
  await requireCurrentPassword(person, currentPassword);
  await inTransaction(ctx, async (tx) => {
    for (const organization of await organizations.listOrganizationsOfPerson(tx.db, person.id)) {
      await endMembership(tx, person.id, organization.id);
    }
    const now = iso(tx.now());
    await links.retireAccountLinks(tx.db, person.id, ['password-reset', 'email-change'], now);
    const ended = await sessions.deleteSessionsOfExcept(tx.db, person.id, '');
    for (const id of ended)
      tx.changes.publish({ kind: 'session-changed', organizationId: null, sessionId: id });
    await people.updatePerson(tx.db, person.id, {
      name: FORMER_MEMBER,
      // Unique, and no one's: the address may sign up again as someone new.
      email: `former-member-${person.id}@deleted.invalid`,
      // No password verifies against this: the account cannot sign in.
      password_hash: 'deleted',
      deleted_at: now,
    });
  });
}
