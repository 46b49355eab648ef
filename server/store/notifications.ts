import type { Db } from './database.js';
import { countOf, type Page } from './pages.js';
import type { DailySummariesTable, NotificationsTable } from './schema.js';

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

/**
 * People of the organization with notifications pending for the daily summary from before `before`,
 * who have no summary of `day` yet and are still members: at most `limit`, by id.
 */
export async function peopleWithPendingSummary(
  db: Db,
  options: { organizationId: string; day: string; before: string; limit: number },
): Promise<string[]> {
  const rows = await db
    .selectFrom('notifications as n')
    .innerJoin('memberships as m', (j) =>
      j.onRef('m.organization_id', '=', 'n.organization_id').onRef('m.person_id', '=', 'n.person_id'),
    )
    .select('n.person_id')
    .distinct()
    .where('n.organization_id', '=', options.organizationId)
    .where('n.summary_status', '=', 'pending')
    .where('n.at', '<', options.before)
    .where('m.removed_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('daily_summaries as d')
            .select('d.person_id')
            .whereRef('d.organization_id', '=', 'n.organization_id')
            .whereRef('d.person_id', '=', 'n.person_id')
            .where('d.day', '=', options.day),
        ),
      ),
    )
    .orderBy('n.person_id')
    .limit(options.limit)
    .execute();
  return rows.map((row) => row.person_id);
}

/** A person's notifications pending for the summary from before `before`, oldest first, and how many. */
export async function pendingSummaryOf(
  db: Db,
  organizationId: string,
  personId: string,
  before: string,
  limit: number,
) {
  const query = db
    .selectFrom('notifications')
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('summary_status', '=', 'pending')
    .where('at', '<', before);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('at').orderBy('id').limit(limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: countOf(count) };
}

/** Claims a person's summary of a day; false when it was written already (by this or another process). */
export async function claimDailySummary(db: Db, row: DailySummariesTable): Promise<boolean> {
  const inserted = await db
    .insertInto('daily_summaries')
    .values(row)
    .onConflict((oc) => oc.columns(['organization_id', 'person_id', 'day']).doNothing())
    .returning('person_id')
    .execute();
  return inserted.length > 0;
}

/** Marks what a summary carried (everything pending from before `before`) as summarized. */
export async function markSummarized(db: Db, organizationId: string, personId: string, before: string) {
  await db
    .updateTable('notifications')
    .set({ summary_status: 'sent' })
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('summary_status', '=', 'pending')
    .where('at', '<', before)
    .execute();
}
