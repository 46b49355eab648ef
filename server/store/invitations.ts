import type { Db } from './database.js';
import type { InvitationsTable } from './schema.js';

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
