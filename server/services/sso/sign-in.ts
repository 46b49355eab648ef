import * as client from 'openid-client';
import type { z } from 'zod';
import type { SsoCallbackQuery } from '../../../contract/sso.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { hashPassword } from '../../security/passwords.js';
import { randomSecret, sha256 } from '../../security/secrets.js';
import * as organizations from '../../store/organizations.js';
import * as people from '../../store/people.js';
import * as sso from '../../store/sso.js';
import { type NewSession, openSession } from '../accounts.js';
import { inTransaction, iso, type ServiceContext } from '../context.js';
import { discoverProvider, redeemCode, type VerifiedClaims } from './openid.js';
import { callbackUrl, isAllowedEmail, type ResolvedProvider, resolveProvider } from './providers.js';

/** How long a person may take at the provider before the sign-in must start again. */
const SIGN_IN_LIFETIME_MS = 10 * 60_000;

export interface StartedSignIn {
  /** Where the browser goes: the provider's authorization endpoint. */
  authorizationUrl: string;
  /** The cookie that ties the callback to this browser; only its hash is stored. */
  cookie: string;
  expiresAt: Date;
}

/**
 * Starts the authorization code flow with PKCE: the state, nonce and code verifier stay on the
 * server, found again by the hash of a cookie only this browser holds, so another browser's callback
 * (a login CSRF) finds nothing.
 */
export async function startSignIn(ctx: ServiceContext, slug: string): Promise<StartedSignIn> {
  const organization = await sso.findOrganizationBySlug(ctx.db, slug);
  const provider = organization ? await resolveProvider(ctx, organization.id) : null;
  if (!organization || !provider) throw notFound('An organization signing in with an identity provider');
  const configuration = await discoverProvider(ctx, provider);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const authorizationUrl = client.buildAuthorizationUrl(configuration, {
    redirect_uri: callbackUrl(ctx),
    scope: 'openid email profile',
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  const cookie = randomSecret();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + SIGN_IN_LIFETIME_MS);
  await inTransaction(ctx, async (tx) => {
    await sso.deleteExpiredSsoSignIns(tx.db, iso(now));
    await sso.insertSsoSignIn(tx.db, {
      id: sha256(cookie),
      organization_id: organization.id,
      state,
      nonce,
      code_verifier: codeVerifier,
      created_at: iso(now),
      expires_at: iso(expiresAt),
    });
  });
  return { authorizationUrl: authorizationUrl.href, cookie, expiresAt };
}

const START_AGAIN = 'start signing in again from the sign-in page';

/**
 * The provider's answer: checked against the sign-in this browser started (used up whatever the
 * outcome), then the person is found by the provider's subject, linked by verified email, or made,
 * and a session opened in the organization, as password sign-in does.
 */
export async function finishSignIn(
  ctx: ServiceContext,
  cookie: string | undefined,
  query: z.output<typeof SsoCallbackQuery>,
  search: string,
): Promise<{ session: NewSession; organizationId: string }> {
  const pending = cookie ? await sso.takeSsoSignIn(ctx.db, sha256(cookie)) : undefined;
  if (!pending) {
    throw new AppError(
      'validation_failed',
      `This browser has no sign-in under way (it was finished, or started elsewhere): ${START_AGAIN}`,
    );
  }
  if (pending.expires_at < iso(ctx.now())) {
    throw new AppError('validation_failed', `This sign-in took more than 10 minutes: ${START_AGAIN}`);
  }
  if (query.error) {
    throw forbidden(`The identity provider did not sign you in (${query.error_description ?? query.error})`);
  }
  if (query.state !== pending.state) {
    throw new AppError(
      'validation_failed',
      `The answer's state is not the one this browser's sign-in sent, so it may be forged: ${START_AGAIN}`,
    );
  }
  const provider = await resolveProvider(ctx, pending.organization_id);
  if (!provider) throw forbidden('This organization no longer signs in with an identity provider');
  const configuration = await discoverProvider(ctx, provider);
  const claims = await redeemCode(ctx, configuration, new URL(`${callbackUrl(ctx)}${search}`), {
    state: pending.state,
    nonce: pending.nonce,
    codeVerifier: pending.code_verifier,
  });
  return inTransaction(ctx, async (tx) => {
    const personId = await personFor(tx, provider, claims);
    await joinOrganization(tx, pending.organization_id, personId, provider);
    const session = await openSession(tx, personId, pending.organization_id);
    return { session, organizationId: pending.organization_id };
  });
}

/** The person the provider's subject is: known already, linked by a verified email, or new. */
async function personFor(
  ctx: ServiceContext,
  provider: ResolvedProvider,
  claims: VerifiedClaims,
): Promise<string> {
  if (claims.email && !isAllowedEmail(provider, claims.email)) {
    throw forbidden(
      `${claims.email} may not sign in here: only addresses at ${provider.allowedDomains.join(', ')} may`,
    );
  }
  const known = await sso.findSsoIdentity(ctx.db, provider.issuer, claims.subject);
  if (known) return known.person_id;
  if (!claims.email) {
    throw forbidden(
      'The identity provider did not share your email address; ask its administrator to release the email claim to Accord',
    );
  }
  const existing = await people.findPersonByEmail(ctx.db, claims.email);
  if (existing && !claims.isEmailVerified) {
    throw forbidden(
      `An account with ${claims.email} exists, but the identity provider has not verified that address, so it cannot be linked; sign in with your password`,
    );
  }
  const personId = existing?.id ?? (await createPerson(ctx, claims.email, claims.name));
  await sso.insertSsoIdentity(ctx.db, {
    issuer: provider.issuer,
    subject: claims.subject,
    person_id: personId,
    created_at: iso(ctx.now()),
  });
  return personId;
}

/** A person made by their first sign-in: no password anyone knows (the hash of a thrown-away secret). */
async function createPerson(ctx: ServiceContext, email: string, name: string | null): Promise<string> {
  const id = ctx.newId();
  await people.insertPerson(ctx.db, {
    id,
    email,
    name: name ?? email.slice(0, email.indexOf('@')),
    password_hash: await hashPassword(randomSecret(), ctx.config.passwordHashing),
    created_at: iso(ctx.now()),
  });
  return id;
}

/** A first sign-in into an organization makes the person a member with the admins' default role. */
async function joinOrganization(
  ctx: ServiceContext,
  organizationId: string,
  personId: string,
  provider: ResolvedProvider,
): Promise<void> {
  const membership = await people.findMembership(ctx.db, organizationId, personId);
  if (membership?.removed_at) {
    const organization = await organizations.findOrganization(ctx.db, organizationId);
    throw forbidden(
      `You were removed from ${organization?.name ?? 'this organization'}; ask one of its admins to invite you again`,
    );
  }
  if (membership) return;
  await people.insertMembership(ctx.db, {
    organization_id: organizationId,
    person_id: personId,
    role: provider.defaultRole,
    title: '',
    joined_at: iso(ctx.now()),
    removed_at: null,
  });
  ctx.changes.publish({ kind: 'membership-changed', organizationId, personIds: [personId] });
}
