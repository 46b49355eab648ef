import type { Db } from './database.js';
import type { PendingSignUpsTable } from './schema.js';

// Sign-ups waiting for their emailed link: only the sha256 of a link's secret is stored.

export async function insertPendingSignUp(db: Db, row: PendingSignUpsTable): Promise<void> {
  await db.insertInto('pending_sign_ups').values(row).execute();
}

export async function findPendingSignUpByHash(
  db: Db,
  hash: string,
): Promise<PendingSignUpsTable | undefined> {
  return db.selectFrom('pending_sign_ups').selectAll().where('token_hash', '=', hash).executeTakeFirst();
}

/** Marks the sign-up used unless it already was; answers whether this call is the one that used it. */
export async function usePendingSignUp(db: Db, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('pending_sign_ups')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Forgets the sign-ups that expired before `before`, used or not. */
export async function deleteExpiredPendingSignUps(db: Db, before: string): Promise<void> {
  await db.deleteFrom('pending_sign_ups').where('expires_at', '<', before).execute();
}
