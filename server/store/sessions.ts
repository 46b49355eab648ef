import type { Db } from './database.js';
import type { SessionsTable } from './schema.js';

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
