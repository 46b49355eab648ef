import { sql } from 'kysely';
import type { Db } from './database.js';
import type { Dialect } from './dialect.js';

/*
 * Row locks for the invariants a check cannot keep alone under concurrency ("an organization keeps
 * an owner", "cycles of a horizon never overlap", "every move is kept"). On PostgreSQL two
 * transactions may read the same state and both act on it; locking the row the rule is about makes
 * the second wait until the first commits, and then read what the first wrote. SQLite runs one
 * write transaction at a time (one connection, and the database file's lock for other processes),
 * so there the transaction itself serialises them. Each lock lasts until the transaction ends:
 * call these inside one.
 */

function requireTransaction(db: Db, what: string): void {
  if (!db.isTransaction) throw new Error(`${what} is held until commit: take it inside a transaction`);
}

/** Serialises the changes to an organization's membership, roles and calendar. */
export async function lockOrganization(db: Db, dialect: Dialect, organizationId: string): Promise<void> {
  requireTransaction(db, 'The organization lock');
  if (dialect.engine !== 'postgres') return;
  await sql`select id from organizations where id = ${organizationId} for update`.execute(db);
}

/** Serialises the moves of one promise, so that each takes the next place in its log. */
export async function lockPromise(
  db: Db,
  dialect: Dialect,
  organizationId: string,
  promiseId: string,
): Promise<void> {
  requireTransaction(db, 'The promise lock');
  if (dialect.engine !== 'postgres') return;
  await sql`select id from promises where organization_id = ${organizationId} and id = ${promiseId} for update`.execute(
    db,
  );
}

/**
 * Serialises what concerns the whole instance and has no row to lock yet (the first sign-up while
 * sign-up is closed): a transaction-scoped advisory lock on PostgreSQL.
 */
export async function lockInstance(db: Db, dialect: Dialect, name: string): Promise<void> {
  requireTransaction(db, 'The instance lock');
  if (dialect.engine !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtext(${`accord:${name}`}))`.execute(db);
}
