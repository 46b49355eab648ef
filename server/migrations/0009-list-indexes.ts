import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Indexes for the lists every page shows a page of, with a total (issue 9): each starts with
 * organization_id and serves the list's filter and then its order, so the page reads its rows from
 * the index in order and the total is counted from the index alone.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const index = (name: string, table: string, columns: string[]) =>
    db.schema.createIndex(name).on(table).columns(columns).execute();

  // The people page and its total: the current members (removed_at is null) of an organization.
  await index('memberships_current', 'memberships', ['organization_id', 'removed_at', 'person_id']);
  // The teams page, active or archived, by name then id.
  await index('teams_name', 'teams', ['organization_id', 'archived_at', 'name', 'id']);
  // The pending invitations and every invitation, newest first.
  await index('invitations_created', 'invitations', ['organization_id', 'created_at', 'id']);
  // A person's notifications, newest first then by id: replaces the index by time alone (its prefix).
  await index('notifications_person_at', 'notifications', ['organization_id', 'person_id', 'at', 'id']);
  await db.schema.dropIndex('notifications_person').execute();
  // The calendar, by start date.
  await index('cycles_start', 'cycles', ['organization_id', 'start_date', 'end_date', 'id']);
  // The promise list's total: promises that are not drafts are counted from this index alone, the
  // drafts (a status) found by it; a status filter's page is read from it in due-date order. Without
  // the id, it covers no query that selects promises, which stay with the indexes that find them.
  await index('promises_status_due', 'promises', ['organization_id', 'status', 'due_date']);

  if (dialect.engine === 'postgres') await sql`analyze`.execute(db);
}
