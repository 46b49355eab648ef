import type { Db } from './database.js';
import type { AccountLinksTable } from './schema.js';

// Emailed links acting on an account: only the sha256 of a link's secret is stored.

export async function insertAccountLink(db: Db, row: AccountLinksTable): Promise<void> {
  await db.insertInto('account_links').values(row).execute();
}

export async function findAccountLinkByHash(
  db: Db,
  purpose: AccountLinksTable['purpose'],
  hash: string,
): Promise<AccountLinksTable | undefined> {
  return db
    .selectFrom('account_links')
    .selectAll()
    .where('token_hash', '=', hash)
    .where('purpose', '=', purpose)
    .executeTakeFirst();
}

/** Marks the link used unless it already was; answers whether this call is the one that used it. */
export async function useAccountLink(db: Db, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('account_links')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Retires a person's unused links of a purpose (a newer one was sent, or the password changed). */
export async function retireAccountLinks(
  db: Db,
  personId: string,
  purposes: readonly AccountLinksTable['purpose'][],
  at: string,
): Promise<void> {
  await db
    .updateTable('account_links')
    .set({ used_at: at })
    .where('person_id', '=', personId)
    .where('purpose', 'in', purposes)
    .where('used_at', 'is', null)
    .execute();
}
