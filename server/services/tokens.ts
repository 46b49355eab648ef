import type { ApiToken } from '../../contract/tokens.js';
import { notFound } from '../errors.js';
import { randomSecret, sha256 } from '../security/secrets.js';
import type { Page } from '../store/pages.js';
import type { ApiTokensTable } from '../store/schema.js';
import * as credentials from '../store/tokens.js';
import { tokenCacheKey } from './accounts.js';
import type { MemberActor } from './authorization.js';
import { iso, type ServiceContext } from './context.js';

const present = (row: ApiTokensTable): ApiToken => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  organizationId: row.organization_id,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
});

/** Tokens are personal and bound to one organization; viewers may make them to read through scripts. */
export async function listTokens(
  ctx: ServiceContext,
  actor: MemberActor,
  page: Page,
): Promise<{ tokens: ApiToken[]; total: number } & Page> {
  const { rows, total } = await credentials.pageApiTokens(ctx.db, actor.organizationId, actor.personId, page);
  return { tokens: rows.map(present), total, ...page };
}

export async function createToken(ctx: ServiceContext, actor: MemberActor, name: string) {
  const secret = `accord_${randomSecret()}`;
  const row: ApiTokensTable = {
    organization_id: actor.organizationId,
    id: ctx.newId(),
    person_id: actor.personId,
    name,
    prefix: secret.slice(0, 14),
    token_hash: sha256(secret),
    created_at: iso(ctx.now()),
    last_used_at: null,
    revoked_at: null,
  };
  await credentials.insertApiToken(ctx.db, row);
  return { token: present(row), secret };
}

export async function revokeToken(ctx: ServiceContext, actor: MemberActor, id: string): Promise<void> {
  const row = await credentials.findApiToken(ctx.db, actor.organizationId, actor.personId, id);
  if (!row) throw notFound('Token');
  await credentials.updateApiToken(ctx.db, actor.organizationId, id, { revoked_at: iso(ctx.now()) });
  // Every process drops the token's cached actor: it is refused from the next request on.
  ctx.changes.publish({
    kind: 'session-changed',
    organizationId: actor.organizationId,
    sessionId: tokenCacheKey(row.token_hash),
  });
}
