import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Indexes for the reads a person makes all day (issue 9), each starting with organization_id.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const index = (name: string, table: string, columns: string[]) =>
    db.schema.createIndex(name).on(table).columns(columns).execute();

  // The promise list of a quarter counts its total from promises_cycle_status (made by 0038, with
  // the phase and the id after the status) alone: the quarter's promises that are not drafts (nor
  // discarded). By promises_cycle_due, which has no status, every promise of the quarter was read
  // from the table to test it (38,000 rows, over 100 ms at size L). The page itself stays with
  // promises_cycle_due, which gives its due-date order.
  // How many owners an organization has, which every page of people asks (who may change a role):
  // a search of the owners, not of every current member.
  await index('memberships_role', 'memberships', ['organization_id', 'role', 'removed_at']);

  if (dialect.engine === 'postgres') await sql`analyze`.execute(db);
}
