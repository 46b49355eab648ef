import type { CreatedScimToken, ScimToken, ScimTokenList } from '../../../contract/scim.js';
import { notFound } from '../../errors.js';
import { randomSecret, sha256 } from '../../security/secrets.js';
import type { Page } from '../../store/pages.js';
import type { ScimTokensTable } from '../../store/schema.js';
import * as scim from '../../store/scim.js';
import type { MemberActor } from '../authorization.js';
import { iso, type ServiceContext } from '../context.js';

/** Who calls the SCIM API: an organization's identity provider, by one of its tokens. */
export interface ScimActor {
  organizationId: string;
  tokenId: string;
}

/** Where the identity provider is pointed: its "tenant URL" (Entra) or "SCIM connector base URL" (Okta). */
export const scimBaseUrl = (ctx: ServiceContext) => `${ctx.config.publicUrl}/scim/v2`;

const present = (row: ScimTokensTable): ScimToken => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
});

/** Only owners and admins reach these (the endpoints' access is `manager`). */
export async function listScimTokens(
  ctx: ServiceContext,
  actor: MemberActor,
  page: Page,
): Promise<ScimTokenList> {
  const { rows, total } = await scim.pageScimTokens(ctx.db, actor.organizationId, page);
  return { tokens: rows.map(present), total, ...page, baseUrl: scimBaseUrl(ctx) };
}

export async function createScimToken(
  ctx: ServiceContext,
  actor: MemberActor,
  name: string,
): Promise<CreatedScimToken> {
  const secret = `accord_scim_${randomSecret()}`;
  const row: ScimTokensTable = {
    organization_id: actor.organizationId,
    id: ctx.newId(),
    name,
    prefix: secret.slice(0, 18),
    token_hash: sha256(secret),
    created_by: actor.personId,
    created_at: iso(ctx.now()),
    last_used_at: null,
    revoked_at: null,
  };
  await scim.insertScimToken(ctx.db, row);
  return { token: present(row), secret, baseUrl: scimBaseUrl(ctx) };
}

export async function revokeScimToken(ctx: ServiceContext, actor: MemberActor, id: string): Promise<void> {
  const row = await scim.findLiveScimToken(ctx.db, actor.organizationId, id);
  if (!row) throw notFound('SCIM token');
  await scim.updateScimToken(ctx.db, actor.organizationId, id, { revoked_at: iso(ctx.now()) });
}

/**
 * The organization a SCIM bearer token provisions, or undefined. Not cached: a provider calls
 * seldom, and a revoked token is refused from the very next request in every process.
 */
export async function scimActorFromToken(
  ctx: ServiceContext,
  secret: string,
): Promise<ScimActor | undefined> {
  const row = await scim.findScimTokenByHash(ctx.db, sha256(secret));
  if (!row) return undefined;
  const now = ctx.now();
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > 60_000) {
    await scim.updateScimToken(ctx.db, row.organization_id, row.id, { last_used_at: iso(now) });
  }
  return { organizationId: row.organization_id, tokenId: row.id };
}
