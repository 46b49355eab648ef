import type { Db } from './database.js';
import type { CheckInLinksTable } from './schema.js';

export async function insertCheckInLink(db: Db, row: CheckInLinksTable): Promise<void> {
  await db.insertInto('check_in_links').values(row).execute();
}

export async function findCheckInLinkByHash(db: Db, hash: string): Promise<CheckInLinksTable | undefined> {
  return db.selectFrom('check_in_links').selectAll().where('token_hash', '=', hash).executeTakeFirst();
}

/** Marks the link used unless it already was; answers whether this call is the one that used it. */
export async function useCheckInLink(
  db: Db,
  organizationId: string,
  id: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('check_in_links')
    .set({ used_at: at })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
