import type { Db } from './database.js';
import type { ApiTokensTable, InvitationsTable, SessionsTable } from './schema.js';

// Sessions, API tokens and invitations: the secrets are stored only as sha256 hashes.

export async function insertSession(db: Db, row: SessionsTable): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export async function findLiveSession(db: Db, id: string, now: string): Promise<SessionsTable | undefined> {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', id)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

export async function updateSession(
  db: Db,
  id: string,
  changes: Partial<Pick<SessionsTable, 'organization_id' | 'last_seen_at' | 'expires_at'>>,
): Promise<void> {
  await db.updateTable('sessions').set(changes).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

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

export async function listApiTokens(
  db: Db,
  organizationId: string,
  personId: string,
): Promise<ApiTokensTable[]> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
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

export async function insertInvitation(db: Db, row: InvitationsTable): Promise<void> {
  await db.insertInto('invitations').values(row).execute();
}

export async function findInvitationByHash(db: Db, hash: string): Promise<InvitationsTable | undefined> {
  return db.selectFrom('invitations').selectAll().where('token_hash', '=', hash).executeTakeFirst();
}

export async function findInvitation(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listInvitations(db: Db, organizationId: string) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('people as p', 'p.id', 'i.invited_by')
    .selectAll('i')
    .select('p.name as invited_by_name')
    .where('i.organization_id', '=', organizationId)
    .orderBy('i.created_at', 'desc')
    .execute();
}

export async function updateInvitation(
  db: Db,
  organizationId: string,
  id: string,
  changes: Partial<Pick<InvitationsTable, 'accepted_at' | 'revoked_at'>>,
): Promise<void> {
  await db
    .updateTable('invitations')
    .set(changes)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}
