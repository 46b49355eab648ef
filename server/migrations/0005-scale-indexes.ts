import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Indexes for the queries a person's pages run (issue 9): each starts with organization_id and
 * serves a filter and, where a page is sorted, its order, so a page reads what it shows.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const index = (name: string, table: string, columns: string[]) =>
    db.schema.createIndex(name).on(table).columns(columns).execute();

  // The promise list, sorted by due date: the whole organization's, and a cycle's (which makes
  // promises_cycle, its prefix, redundant).
  await index('promises_due', 'promises', ['organization_id', 'due_date', 'id']);
  await index('promises_cycle_due', 'promises', ['organization_id', 'cycle_id', 'due_date', 'id']);
  await db.schema.dropIndex('promises_cycle').execute();
  // What a party performs: the promise id in the index answers "which promises" without the table.
  await index('promise_performers_party_promise', 'promise_performers', [
    'organization_id',
    'party_type',
    'party_id',
    'promise_id',
  ]);
  await db.schema.dropIndex('promise_performers_party').execute();

  // Dependencies of a promise, on a promise or on a team (the inbox, the promise page), each with
  // its state, so that "proposed ones of these" is one index search; and by state alone (the board).
  await index('dependencies_promise_state', 'dependencies', ['organization_id', 'promise_id', 'state']);
  await db.schema.dropIndex('dependencies_promise').execute();
  await index('dependencies_supplier_promise', 'dependencies', [
    'organization_id',
    'supplier_promise_id',
    'state',
  ]);
  await index('dependencies_supplier_team', 'dependencies', ['organization_id', 'supplier_team_id', 'state']);
  await index('dependencies_state', 'dependencies', ['organization_id', 'state']);

  // A promise's check-ins in the order they are shown (time, then id), replacing the index by time.
  await index('check_ins_promise_at', 'check_ins', ['organization_id', 'promise_id', 'at', 'id']);
  await db.schema.dropIndex('check_ins_promise').execute();
  // When a promise was agreed: its first `promise` or `accept-offer` move.
  await index('promise_moves_act', 'promise_moves', ['organization_id', 'promise_id', 'act', 'at']);

  // The planner chooses among these by the tables' statistics: gather them now. (SQLite is also
  // analysed at every start, cheaply, by migrateToLatest.)
  if (dialect.engine === 'postgres') await sql`analyze`.execute(db);
}
