import type { Db } from './database.js';
import { type Page, pageOf } from './pages.js';
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

/** A page of the organization's invitations, newest first, then by id, and how many it has. */
export async function pageInvitations(
  db: Db,
  organizationId: string,
  filter: { pendingAt?: string | undefined; unanswered?: boolean },
  page: Page,
) {
  let query = db.selectFrom('invitations as i').where('i.organization_id', '=', organizationId);
  if (filter.unanswered) query = query.where('i.accepted_at', 'is', null).where('i.revoked_at', 'is', null);
  if (filter.pendingAt) {
    query = query
      .where('i.accepted_at', 'is', null)
      .where('i.revoked_at', 'is', null)
      .where('i.expires_at', '>', filter.pendingAt);
  }
  return pageOf(
    query,
    (q) =>
      q
        .innerJoin('people as p', 'p.id', 'i.invited_by')
        .selectAll('i')
        .select('p.name as invited_by_name')
        .orderBy('i.created_at', 'desc')
        .orderBy('i.id', 'desc'),
    page,
  );
}

export async function updateInvitation(
  db: Db,
  organizationId: string,
  id: string,
  changes: Partial<Pick<InvitationsTable, 'accepted_at' | 'revoked_at' | 'token_hash' | 'expires_at'>>,
): Promise<void> {
  await db
    .updateTable('invitations')
    .set(changes)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}
