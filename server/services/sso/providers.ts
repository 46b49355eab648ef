import { urlOf } from '../../../contract/endpoints/endpoint.js';
import { finishSsoSignIn } from '../../../contract/endpoints/sso.js';
import type { SaveSsoSettingsBody, SsoDefaultRole, SsoProvider, SsoSettings } from '../../../contract/sso.js';
import { AppError, notFound } from '../../errors.js';
import { refusalOfTarget } from '../../security/outbound-targets.js';
import type { OrganizationOfPerson } from '../../store/organizations.js';
import * as organizations from '../../store/organizations.js';
import type { SsoProvidersTable } from '../../store/schema.js';
import * as sso from '../../store/sso.js';
import type { MemberActor } from '../authorization.js';
import { inTransaction, iso, type ServiceContext } from '../context.js';

/** The provider an organization signs in with: its own, else the instance's (ACCORD_OIDC_*). */
export interface ResolvedProvider {
  source: 'organization' | 'instance';
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Lower case; empty: any email the provider vouches for (only the instance's may be). */
  allowedDomains: string[];
  defaultRole: SsoDefaultRole;
  requireSso: boolean;
}

function fromRow(row: SsoProvidersTable): ResolvedProvider {
  return {
    source: 'organization',
    name: row.name,
    issuer: row.issuer,
    clientId: row.client_id,
    clientSecret: row.client_secret,
    allowedDomains: row.allowed_domains.split(',').filter(Boolean),
    defaultRole: row.default_role === 'owner' ? 'admin' : row.default_role,
    requireSso: Number(row.require_sso) === 1,
  };
}

function instanceProvider(ctx: ServiceContext): ResolvedProvider | null {
  const oidc = ctx.config.oidc;
  return oidc ? { source: 'instance', ...oidc } : null;
}

export async function resolveProvider(
  ctx: ServiceContext,
  organizationId: string,
): Promise<ResolvedProvider | null> {
  const row = await sso.findSsoProvider(ctx.db, organizationId);
  return row ? fromRow(row) : instanceProvider(ctx);
}

/** The redirect URI registered at the provider: the same for every organization. */
export function callbackUrl(ctx: ServiceContext): string {
  return `${ctx.config.publicUrl}${urlOf(finishSsoSignIn)}`;
}

/** Whether `email` is one the provider's allowed domains let in. */
export function isAllowedEmail(provider: ResolvedProvider, email: string): boolean {
  if (provider.allowedDomains.length === 0) return true;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return provider.allowedDomains.includes(domain);
}

function present(ctx: ServiceContext, slug: string, provider: ResolvedProvider | null): SsoSettings {
  return {
    source: provider?.source ?? 'none',
    name: provider?.name ?? '',
    issuer: provider?.issuer ?? '',
    clientId: provider?.clientId ?? '',
    hasClientSecret: Boolean(provider?.clientSecret),
    allowedDomains: provider?.allowedDomains ?? [],
    defaultRole: provider?.defaultRole ?? 'member',
    requireSso: provider?.requireSso ?? false,
    signInPath: provider ? `/sign-in?organization=${encodeURIComponent(slug)}` : null,
    callbackUrl: callbackUrl(ctx),
  };
}

async function slugOf(ctx: ServiceContext, organizationId: string): Promise<string> {
  const organization = await organizations.findOrganization(ctx.db, organizationId);
  if (!organization) throw notFound('Organization');
  return organization.slug;
}

export async function getSsoSettings(ctx: ServiceContext, actor: MemberActor): Promise<SsoSettings> {
  const provider = await resolveProvider(ctx, actor.organizationId);
  return present(ctx, await slugOf(ctx, actor.organizationId), provider);
}

export async function saveSsoSettings(
  ctx: ServiceContext,
  actor: MemberActor,
  body: SaveSsoSettingsBody & { allowedDomains: string[] },
): Promise<SsoSettings> {
  const issuer = body.issuer.replace(/\/+$/, '');
  if (issuer.startsWith('http://') && !ctx.config.allowPrivateTargets) {
    throw new AppError('validation_failed', 'body: issuer must be an https:// address');
  }
  const refusal = await refusalOfTarget(issuer, ctx.config.allowPrivateTargets);
  if (refusal) throw new AppError('validation_failed', `body: issuer ${refusal}`);
  return inTransaction(ctx, async (tx) => {
    const saved = await sso.findSsoProvider(tx.db, actor.organizationId);
    const clientSecret = body.clientSecret ?? saved?.client_secret;
    if (!clientSecret) throw new AppError('validation_failed', 'body: clientSecret is required');
    const row: SsoProvidersTable = {
      organization_id: actor.organizationId,
      name: body.name,
      issuer,
      client_id: body.clientId,
      client_secret: clientSecret,
      allowed_domains: body.allowedDomains.join(','),
      default_role: body.defaultRole,
      require_sso: body.requireSso ? 1 : 0,
      updated_at: iso(tx.now()),
    };
    await sso.saveSsoProvider(tx.db, row);
    return present(tx, await slugOf(tx, actor.organizationId), fromRow(row));
  });
}

export async function removeSsoSettings(ctx: ServiceContext, actor: MemberActor): Promise<void> {
  if (!(await sso.deleteSsoProvider(ctx.db, actor.organizationId))) throw notFound('Identity provider');
}

/** The sign-in page's question: does this organization sign in with a provider, and which? */
export async function findSsoProvider(ctx: ServiceContext, slug: string): Promise<SsoProvider> {
  const organization = await sso.findOrganizationBySlug(ctx.db, slug);
  const provider = organization ? await resolveProvider(ctx, organization.id) : null;
  if (!organization || !provider) throw notFound('An organization signing in with an identity provider');
  return { organization: { name: organization.name, slug: organization.slug }, name: provider.name };
}

/**
 * Password sign-in is refused to a member of any organization that requires single sign-on: its
 * admins turned passwords off for their people, and a session opened by password could switch into it.
 */
export async function refusePasswordWhereSsoRequired(
  ctx: ServiceContext,
  memberships: readonly OrganizationOfPerson[],
): Promise<void> {
  const own = new Map(
    (
      await sso.listSsoProvidersOf(
        ctx.db,
        memberships.map((o) => o.id),
      )
    ).map((row) => [row.organization_id, fromRow(row)]),
  );
  const instance = instanceProvider(ctx);
  for (const organization of memberships) {
    const provider = own.get(organization.id) ?? instance;
    if (provider?.requireSso) {
      throw new AppError(
        'forbidden',
        `${organization.name} requires single sign-on (SSO): use "Sign in with ${provider.name}" instead of a password`,
      );
    }
  }
}
