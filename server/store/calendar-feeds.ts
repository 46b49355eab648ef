import type { Db } from './database.js';
import type { CalendarFeedsTable } from './schema.js';

/** The live feed a secret's hash names, whichever organization it is in. */
export async function findCalendarFeedByHash(db: Db, hash: string): Promise<CalendarFeedsTable | undefined> {
  return db
    .selectFrom('calendar_feeds')
    .selectAll()
    .where('secret_hash', '=', hash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** A person's live feed in an organization, if they have one. */
export async function findLiveCalendarFeed(
  db: Db,
  organizationId: string,
  personId: string,
): Promise<CalendarFeedsTable | undefined> {
  return db
    .selectFrom('calendar_feeds')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function insertCalendarFeed(db: Db, row: CalendarFeedsTable): Promise<void> {
  await db.insertInto('calendar_feeds').values(row).execute();
}

/** Revokes the person's live feed; answers whether there was one. */
export async function revokeCalendarFeeds(
  db: Db,
  organizationId: string,
  personId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('calendar_feeds')
    .set({ revoked_at: at })
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function markCalendarFeedRead(
  db: Db,
  organizationId: string,
  id: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('calendar_feeds')
    .set({ last_read_at: at })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}
