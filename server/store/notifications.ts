import type { Db } from './database.js';
import { countOf, type Page } from './pages.js';
import type { NotificationsTable } from './schema.js';

/**
 * Inserts each notification once per person and event; a repeat of the same event is ignored.
 * Returns how many were new.
 */
/** Inserts the notifications not already there (by dedupe key); answers whom it newly told. */
export async function insertNotifications(db: Db, rows: NotificationsTable[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('notifications')
    .values(rows)
    .onConflict((oc) => oc.columns(['organization_id', 'person_id', 'dedupe_key']).doNothing())
    .returning('person_id')
    .execute();
  return inserted.map((row) => row.person_id);
}

/** A page of a person's notifications, newest first, then by id, and how many they have. */
export async function pageNotifications(db: Db, organizationId: string, personId: string, page: Page) {
  const query = db
    .selectFrom('notifications')
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: countOf(count) };
}

export async function countUnread(db: Db, organizationId: string, personId: string) {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markRead(db: Db, organizationId: string, personId: string, at: string, id?: string) {
  let query = db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('read_at', 'is', null);
  if (id) query = query.where('id', '=', id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findNotification(db: Db, organizationId: string, personId: string, id: string) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .executeTakeFirst();
}
