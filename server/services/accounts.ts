import type { Me, OrganizationSummary } from '../../contract/auth.js';
import { firstFreeSlug, slugify } from '../../core/organization/slug.js';
import { can, rolesToInvite } from '../../core/policies/index.js';
import { AppError, conflict, notFound } from '../errors.js';
import { refuseWeakPassword } from '../security/password-strength.js';
import { decoyHash, hashPassword, verifyPassword } from '../security/passwords.js';
import { randomSecret, sha256 } from '../security/secrets.js';
import { lockInstance } from '../store/locks.js';
import * as organizations from '../store/organizations.js';
import * as pendingSignUps from '../store/pending-sign-ups.js';
import * as people from '../store/people.js';
import type { PeopleTable } from '../store/schema.js';
import * as sessions from '../store/sessions.js';
import * as tokens from '../store/tokens.js';
import type { Actor } from './actor.js';
import { inTransaction, iso, type ServiceContext } from './context.js';
import { createDefaultHorizons } from './cycles/cycles.js';
import { sendInstanceEmail } from './email/delivery.js';
import { refusePasswordWhereSsoRequired } from './sso/providers.js';

export interface NewSession {
  /** The cookie value; only its hash is stored. */
  secret: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createOrganizationFor(
  ctx: ServiceContext,
  personId: string,
  name: string,
): Promise<OrganizationSummary> {
  const base = slugify(name);
  const slug = firstFreeSlug(base, await organizations.slugsStartingWith(ctx.db, base));
  const now = iso(ctx.now());
  const id = ctx.newId();
  await organizations.insertOrganization(ctx.db, {
    id,
    name,
    slug,
    created_at: now,
    direction_weeks_before: 4,
    drafts_weeks_before: 2,
    time_zone: 'UTC',
  });
  await people.insertMembership(ctx.db, {
    organization_id: id,
    person_id: personId,
    role: 'owner',
    title: '',
    joined_at: now,
    removed_at: null,
  });
  await createDefaultHorizons(ctx, id);
  return presentOrganization({ id, name, slug, role: 'owner' });
}

/** An organization as one of its members sees it: with what their role lets them do in it. */
function presentOrganization(row: Omit<OrganizationSummary, 'can'>): OrganizationSummary {
  return { ...row, can: { ...can('organization', { role: row.role }), inviteAs: rolesToInvite(row.role) } };
}

export async function createPerson(
  ctx: ServiceContext,
  input: { name: string; email: string; password: string },
): Promise<PeopleTable> {
  if (await people.findPersonByEmail(ctx.db, input.email)) throw accountExists(input.email);
  return insertNewPerson(ctx, {
    name: input.name,
    email: input.email,
    passwordHash: await hashPassword(input.password, ctx.config.passwordHashing),
  });
}

const accountExists = (email: string) => conflict(`An account with ${email} already exists; sign in instead`);

async function insertNewPerson(
  ctx: ServiceContext,
  input: { name: string; email: string; passwordHash: string },
): Promise<PeopleTable> {
  if (await people.findPersonByEmail(ctx.db, input.email)) throw accountExists(input.email);
  const row: PeopleTable = {
    id: ctx.newId(),
    email: input.email,
    name: input.name,
    password_hash: input.passwordHash,
    created_at: iso(ctx.now()),
  };
  await people.insertPerson(ctx.db, row);
  return row;
}

/** How long the link a sign-up emails works: it may wait for the morning. */
export const SIGN_UP_LINK_LIFETIME_MS = 24 * 60 * 60_000;

/** What every sign-up confirmed by email answers, whether the address has an account or not. */
export const SIGN_UP_PENDING_MESSAGE =
  'Check your email: we sent a link to finish signing up. It works once, within a day.';

export type SignUpOutcome = { session: NewSession } | { pending: true; message: string };

type SignUpInput = { organizationName: string; name: string; email: string; password: string };

/**
 * Signs up. Where the instance sends email, the answer is the same whether the address has an
 * account or not (issue 10): a new address is emailed a link that makes the account, a known one is
 * told someone tried. Without email there is no other channel, so the account is made at once and
 * an address already taken is refused; the first organization of an empty instance is made at once
 * too (first-run setup), as there is no account yet to hide.
 */
export async function signUp(ctx: ServiceContext, input: SignUpInput): Promise<SignUpOutcome> {
  if (!ctx.config.smtpUrl || (await organizations.countOrganizations(ctx.db)) === 0) {
    return { session: await signUpNow(ctx, input) };
  }
  refuseClosedSignUp(ctx, 1);
  refuseWeakPassword(input.password, input.email);
  // Both paths hash the password, so the time taken does not tell them apart either.
  const passwordHash = await hashPassword(input.password, ctx.config.passwordHashing);
  const person = await people.findPersonByEmail(ctx.db, input.email);
  if (person) await tellOwnerOfAttempt(ctx, person);
  else await emailSignUpLink(ctx, input, passwordHash);
  return { pending: true, message: SIGN_UP_PENDING_MESSAGE };
}

function refuseClosedSignUp(ctx: ServiceContext, organizationCount: number): void {
  if (ctx.config.signup === 'closed' && organizationCount > 0) {
    throw new AppError(
      'forbidden',
      'Sign-up is closed on this instance; ask an administrator for an invitation',
    );
  }
}

/** Makes the account and its organization at once and signs in (no email confirmation). */
export async function signUpNow(ctx: ServiceContext, input: SignUpInput): Promise<NewSession> {
  return inTransaction(ctx, async (tx) => {
    // With sign-up closed only the first organization may be made: concurrent first sign-ups are
    // judged one after the other, and all but one find it made.
    if (tx.config.signup === 'closed') await lockInstance(tx.db, tx.dialect, 'first-sign-up');
    if (tx.config.signup === 'closed') refuseClosedSignUp(tx, await organizations.countOrganizations(tx.db));
    refuseWeakPassword(input.password, input.email);
    const person = await createPerson(tx, input);
    const organization = await createOrganizationFor(tx, person.id, input.organizationName);
    return openSession(tx, person.id, organization.id);
  });
}

async function emailSignUpLink(ctx: ServiceContext, input: SignUpInput, passwordHash: string) {
  const now = ctx.now();
  const secret = randomSecret();
  // Links expired a week ago are forgotten; until then following one says it expired.
  await pendingSignUps.deleteExpiredPendingSignUps(ctx.db, iso(new Date(now.getTime() - 7 * 86_400_000)));
  await pendingSignUps.insertPendingSignUp(ctx.db, {
    id: ctx.newId(),
    token_hash: sha256(secret),
    email: input.email,
    password_hash: passwordHash,
    name: input.name,
    organization_name: input.organizationName,
    created_at: iso(now),
    expires_at: iso(new Date(now.getTime() + SIGN_UP_LINK_LIFETIME_MS)),
    used_at: null,
  });
  await sendInstanceEmail(ctx, {
    kind: 'sign-up',
    to: input.email,
    content: {
      subject: 'Finish signing up for Accord',
      greeting: `Hello ${input.name},`,
      lines: [
        `Someone, probably you, asked to sign up for Accord with this address and make the organization ${input.organizationName}.`,
        'Follow the link within a day to finish. It works once.',
      ],
      action: { label: 'Finish signing up', url: `${ctx.config.publicUrl}/sign-up/confirm/${secret}` },
      footer:
        'You get this email because someone signed up with this address. If it was not you, ignore it: no account is made.',
    },
  });
}

async function tellOwnerOfAttempt(ctx: ServiceContext, person: PeopleTable) {
  await sendInstanceEmail(ctx, {
    kind: 'sign-up-existing',
    to: person.email,
    content: {
      subject: 'Someone tried to sign up for Accord with your address',
      greeting: `Hello ${person.name},`,
      lines: [
        'Someone, probably you, tried to sign up for Accord with this address, which already has an account. No new account was made.',
        'If it was you, sign in instead.',
        `If you forgot your password, choose a new one: ${ctx.config.publicUrl}/forgot-password`,
      ],
      action: { label: 'Sign in', url: `${ctx.config.publicUrl}/sign-in` },
      footer:
        'You get this email because someone signed up with this address. If it was not you, ignore it: your account stays as it is.',
    },
  });
}

/**
 * Follows a sign-up's link, once: makes the account and its organization and signs the owner in.
 * An unknown link is not found; a used or expired one is a conflict that says so.
 */
export async function confirmSignUp(ctx: ServiceContext, token: string): Promise<NewSession> {
  return inTransaction(ctx, async (tx) => {
    const pending = await pendingSignUps.findPendingSignUpByHash(tx.db, sha256(token));
    if (!pending) throw notFound('This link');
    const used = () => new AppError('conflict', 'This link was used already; sign in instead');
    if (pending.used_at !== null) throw used();
    if (Date.parse(pending.expires_at) <= tx.now().getTime()) {
      throw new AppError('conflict', 'This link has expired; sign up again');
    }
    if (!(await pendingSignUps.usePendingSignUp(tx.db, pending.id, iso(tx.now())))) throw used();
    if (tx.config.signup === 'closed') {
      await lockInstance(tx.db, tx.dialect, 'first-sign-up');
      refuseClosedSignUp(tx, await organizations.countOrganizations(tx.db));
    }
    const person = await insertNewPerson(tx, {
      name: pending.name,
      email: pending.email,
      passwordHash: pending.password_hash,
    });
    const organization = await createOrganizationFor(tx, person.id, pending.organization_name);
    return openSession(tx, person.id, organization.id);
  });
}

export async function openSession(
  ctx: ServiceContext,
  personId: string,
  organizationId: string | null,
): Promise<NewSession> {
  const secret = randomSecret();
  const csrfToken = randomSecret(18);
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionLifetimeMs);
  await sessions.insertSession(ctx.db, {
    id: sha256(secret),
    person_id: personId,
    organization_id: organizationId,
    csrf_token: csrfToken,
    created_at: iso(now),
    expires_at: iso(expiresAt),
    last_seen_at: iso(now),
  });
  return { secret, csrfToken, expiresAt };
}

export async function logIn(
  ctx: ServiceContext,
  input: { email: string; password: string },
): Promise<NewSession> {
  const person = await people.findPersonByEmail(ctx.db, input.email);
  const isValid = await verifyPassword(
    person?.password_hash ?? (await decoyHash(ctx.config.passwordHashing)),
    input.password,
  );
  if (!person || !isValid) throw new AppError('unauthenticated', 'The email or the password is wrong');
  const memberships = await organizations.listOrganizationsOfPerson(ctx.db, person.id);
  await refusePasswordWhereSsoRequired(ctx, memberships);
  const [first] = memberships;
  return openSession(ctx, person.id, first?.id ?? null);
}

export async function logOut(ctx: ServiceContext, sessionId: string): Promise<void> {
  await sessions.deleteSession(ctx.db, sessionId);
  ctx.changes.publish({ kind: 'session-changed', organizationId: null, sessionId });
}

/**
 * Resolves a session cookie to the person and organization it acts for, or undefined. The answer is
 * kept a few seconds (ctx.sessionCache); whatever ends or changes a session publishes a change that
 * drops it in every process.
 */
export async function actorFromSession(ctx: ServiceContext, secret: string): Promise<Actor | undefined> {
  const now = ctx.now();
  const sessionId = sha256(secret);
  const cached = ctx.sessionCache.get(sessionId, now);
  if (cached) return cached;
  const found = await sessions.findLiveSessionWithPerson(
    ctx.db,
    sessionId,
    iso(now),
    iso(new Date(now.getTime() - ctx.config.sessionIdleMs)),
  );
  if (!found) return undefined;
  const { session, person, role } = found;
  // Touch at most hourly: a read should not cost a write.
  if (now.getTime() - Date.parse(session.last_seen_at) > 3_600_000) {
    await sessions.updateSession(ctx.db, session.id, { last_seen_at: iso(now) });
  }
  const actor: Actor = {
    personId: session.person_id,
    name: person.name,
    email: person.email,
    organizationId: role ? session.organization_id : null,
    role,
    via: 'session',
    sessionId: session.id,
    csrfToken: session.csrf_token,
  };
  ctx.sessionCache.set(sessionId, actor, session.expires_at, now);
  return actor;
}

/** Where a token's actor is kept in the session cache; revoking the token drops it by this key. */
export const tokenCacheKey = (tokenHash: string) => `token:${tokenHash}`;

/**
 * Resolves a bearer token; a token acts in the organization it was made in, while its owner is a
 * member. Cached like a session: revoking it, or a change to its owner's membership, drops it.
 */
export async function actorFromToken(ctx: ServiceContext, secret: string): Promise<Actor | undefined> {
  const hash = sha256(secret);
  const now = ctx.now();
  const cached = ctx.sessionCache.get(tokenCacheKey(hash), now);
  if (cached) return cached;
  const found = await tokens.findLiveTokenWithMember(ctx.db, hash);
  if (!found) return undefined;
  const { token, person, role } = found;
  if (!token.last_used_at || now.getTime() - Date.parse(token.last_used_at) > 60_000) {
    await tokens.updateApiToken(ctx.db, token.organization_id, token.id, { last_used_at: iso(now) });
  }
  const actor: Actor = {
    personId: token.person_id,
    name: person.name,
    email: person.email,
    organizationId: token.organization_id,
    role,
    via: 'token',
    tokenId: token.id,
  };
  // A token never expires by itself: only the cache's own lifetime bounds the entry.
  ctx.sessionCache.set(tokenCacheKey(hash), actor, '9999-12-31T00:00:00.000Z', now);
  return actor;
}

export async function describeMe(ctx: ServiceContext, actor: Actor): Promise<Me> {
  const list = (await organizations.listOrganizationsOfPerson(ctx.db, actor.personId)).map(
    presentOrganization,
  );
  return {
    person: { id: actor.personId, name: actor.name, email: actor.email },
    organization: list.find((o) => o.id === actor.organizationId) ?? null,
    organizations: list,
    authenticatedBy: actor.via,
  };
}

export async function switchOrganization(
  ctx: ServiceContext,
  actor: Actor,
  organizationId: string,
): Promise<void> {
  if (actor.via !== 'session' || !actor.sessionId) {
    throw new AppError(
      'forbidden',
      'An API token acts in the organization it was made in; make a token there',
    );
  }
  const membership = await people.findActiveMembership(ctx.db, organizationId, actor.personId);
  if (!membership) throw notFound('Organization');
  await sessions.updateSession(ctx.db, actor.sessionId, { organization_id: organizationId });
  ctx.changes.publish({ kind: 'session-changed', organizationId, sessionId: actor.sessionId });
}

export async function createOrganization(ctx: ServiceContext, actor: Actor, name: string) {
  return inTransaction(ctx, async (tx) => {
    const organization = await createOrganizationFor(tx, actor.personId, name);
    if (actor.via === 'session' && actor.sessionId) {
      await sessions.updateSession(tx.db, actor.sessionId, { organization_id: organization.id });
      tx.changes.publish({
        kind: 'session-changed',
        organizationId: organization.id,
        sessionId: actor.sessionId,
      });
    }
    return organization;
  });
}
