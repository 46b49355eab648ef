import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Indexes for the accountability map (issue 9), each starting with organization_id. The summary
 * follows the contributions from the promises of a cycle to the promises they reach, tens of
 * thousands at size L: both steps read an index alone, never the contributions' or the promises' rows.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const index = (name: string, table: string, columns: string[]) =>
    db.schema.createIndex(name).on(table).columns(columns).execute();

  // Whether the promise a contribution or a dependency reaches is live, read from the index alone.
  await index('promises_id_status', 'promises', ['organization_id', 'id', 'status']);
  // The live contributions from a promise, with where they go: replaces the index by sender (its prefix).
  await index('contributions_from_live', 'contributions', [
    'organization_id',
    'from_promise_id',
    'removed_at',
    'to_promise_id',
    'id',
  ]);
  await db.schema.dropIndex('contributions_from').execute();

  if (dialect.engine === 'postgres') await sql`analyze`.execute(db);
}
