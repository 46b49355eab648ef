import * as client from 'openid-client';
import { AppError } from '../../errors.js';
import { refusalOfTarget } from '../../security/outbound-targets.js';
import type { ServiceContext } from '../context.js';
import type { ResolvedProvider } from './providers.js';

/**
 * The provider's configuration, read from its discovery document. Where the issuer may point is
 * checked as a webhook's address is (an admin chose it); plain http is allowed only where private
 * targets are (ACCORD_ALLOW_PRIVATE_TARGETS: a provider on the installation's own network, the tests').
 */
export async function discoverProvider(
  ctx: ServiceContext,
  provider: ResolvedProvider,
): Promise<client.Configuration> {
  const issuer = new URL(provider.issuer);
  const allowInsecure = ctx.config.allowPrivateTargets && issuer.protocol === 'http:';
  if (issuer.protocol !== 'https:' && !allowInsecure) {
    throw new AppError(
      'unavailable',
      `The identity provider's address (${provider.issuer}) must be https://`,
    );
  }
  const refusal = await refusalOfTarget(provider.issuer, ctx.config.allowPrivateTargets);
  if (refusal) throw new AppError('unavailable', `The identity provider's address ${refusal}`);
  try {
    return await client.discovery(
      issuer,
      provider.clientId,
      undefined,
      client.ClientSecretBasic(provider.clientSecret),
      allowInsecure ? { execute: [client.allowInsecureRequests] } : undefined,
    );
  } catch (error) {
    ctx.log.warn({ err: error, issuer: provider.issuer }, 'OpenID Connect discovery failed');
    throw new AppError(
      'unavailable',
      `The identity provider at ${provider.issuer} could not be reached or did not describe itself; try again later or tell an admin`,
    );
  }
}

/** What the provider says about the person, checked against this sign-in's state and nonce. */
export interface VerifiedClaims {
  subject: string;
  email: string | null;
  isEmailVerified: boolean;
  name: string | null;
}

export async function redeemCode(
  ctx: ServiceContext,
  configuration: client.Configuration,
  callback: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<VerifiedClaims> {
  let claims: client.IDToken | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(configuration, callback, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch (error) {
    throw refusalOf(ctx, error);
  }
  if (!claims) throw new AppError('validation_failed', 'The identity provider sent no ID token; start again');
  return {
    subject: claims.sub,
    email: typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null,
    isEmailVerified: claims.email_verified === true,
    name: typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 120) : null,
  };
}

/** A refusal a person can act on, for whatever the library or the provider refused. */
function refusalOf(ctx: ServiceContext, error: unknown): AppError {
  if (error instanceof client.ResponseBodyError || error instanceof client.AuthorizationResponseError) {
    const said = error.error_description ?? error.error;
    return new AppError(
      'validation_failed',
      `The identity provider refused this sign-in (${said}); its code may have expired or been used already: start again`,
    );
  }
  if (error instanceof client.ClientError) {
    const what =
      error.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED'
        ? 'its ID token was issued for another sign-in (nonce, audience or issuer differ)'
        : error.message;
    return new AppError(
      'validation_failed',
      `The identity provider's answer could not be trusted: ${what}; start again`,
    );
  }
  ctx.log.warn({ err: error }, 'OpenID Connect code exchange failed');
  return new AppError(
    'unavailable',
    'The identity provider could not be reached to finish signing in; try again later',
  );
}
