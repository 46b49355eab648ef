import type { Role } from '../../contract/common.js';
import type { Db } from './database.js';
import { type Page, type PageOf, pageOf } from './pages.js';
import type { ApiTokensTable } from './schema.js';

export async function insertApiToken(db: Db, row: ApiTokensTable): Promise<void> {
  await db.insertInto('api_tokens').values(row).execute();
}

export async function findApiTokenByHash(db: Db, hash: string): Promise<ApiTokensTable | undefined> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', hash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** A token that is not revoked, with its person while they are still a member where it was made. */
export async function findLiveTokenWithMember(
  db: Db,
  hash: string,
): Promise<{ token: ApiTokensTable; person: { name: string; email: string }; role: Role } | undefined> {
  const row = await db
    .selectFrom('api_tokens as t')
    .innerJoin('people as p', 'p.id', 't.person_id')
    .innerJoin('memberships as m', (join) =>
      join.onRef('m.organization_id', '=', 't.organization_id').onRef('m.person_id', '=', 't.person_id'),
    )
    .selectAll('t')
    .select(['p.name as person_name', 'p.email as person_email', 'm.role as membership_role'])
    .where('t.token_hash', '=', hash)
    .where('t.revoked_at', 'is', null)
    .where('m.removed_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { person_name, person_email, membership_role, ...token } = row;
  return { token, person: { name: person_name, email: person_email }, role: membership_role };
}

/** A page of a person's live tokens, newest first, then by id, and how many they have. */
export async function pageApiTokens(
  db: Db,
  organizationId: string,
  personId: string,
  page: Page,
): Promise<PageOf<ApiTokensTable>> {
  const query = db
    .selectFrom('api_tokens')
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null);
  return pageOf(query, (q) => q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc'), page);
}

export async function findApiToken(db: Db, organizationId: string, personId: string, id: string) {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function updateApiToken(
  db: Db,
  organizationId: string,
  id: string,
  changes: Partial<Pick<ApiTokensTable, 'last_used_at' | 'revoked_at'>>,
): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set(changes)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

/** Revokes every live token a person made in an organization (they left it, or deleted their account). */
export async function revokeApiTokensOf(db: Db, organizationId: string, personId: string, at: string) {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .execute();
}
