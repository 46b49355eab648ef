import { type ExpressionBuilder, sql } from 'kysely';
import { LIVE_STATUSES } from '../../core/promises/index.js';
import type { Db } from './database.js';
import { isAnyOf } from './dialect.js';
import { type PartyFilter, promiseIdsOf } from './promises.js';
import type { ContributionsTable, Database, DependenciesTable } from './schema.js';

/**
 * The links that stood at a moment: created by then and not removed by then; without a moment, the
 * live ones (never removed). A removed link is kept forever, as the plan's history.
 */
function standingAt(at: string | undefined) {
  return (eb: ExpressionBuilder<Database, 'contributions' | 'dependencies'>) =>
    at === undefined
      ? eb('removed_at', 'is', null)
      : eb.and([
          eb('created_at', '<=', at),
          eb.or([eb('removed_at', 'is', null), eb('removed_at', '>', at)]),
        ]);
}

export async function insertContribution(db: Db, row: ContributionsTable): Promise<void> {
  await db.insertInto('contributions').values(row).execute();
}

export async function findContribution(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('contributions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export async function findContributionPair(db: Db, organizationId: string, from: string, to: string) {
  return db
    .selectFrom('contributions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('from_promise_id', '=', from)
    .where('to_promise_id', '=', to)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

/** Removes a live contribution, keeping it as history; false when it was removed already. */
export async function removeContribution(
  db: Db,
  organizationId: string,
  id: string,
  removal: { by: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('contributions')
    .set({ removed_at: removal.at, removed_by: removal.by })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The contributions from a promise and to it, oldest first: two index searches, merged. Those that
 * stood at `at` when given, else the live ones.
 */
export async function contributionsTouching(db: Db, organizationId: string, promiseId: string, at?: string) {
  const on = (column: 'from_promise_id' | 'to_promise_id') =>
    db
      .selectFrom('contributions')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where(column, '=', promiseId)
      .where(standingAt(at))
      .execute();
  const [from, to] = await Promise.all([on('from_promise_id'), on('to_promise_id')]);
  const byId = new Map([...from, ...to].map((row) => [row.id, row]));
  return [...byId.values()].sort((a, b) => compare(a.created_at, b.created_at) || compare(a.id, b.id));
}

export async function insertDependency(db: Db, row: DependenciesTable): Promise<void> {
  await db.insertInto('dependencies').values(row).execute();
}

/** Removes a live dependency, keeping it as history; false when it was removed already. */
export async function removeDependency(
  db: Db,
  organizationId: string,
  id: string,
  removal: { by: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('dependencies')
    .set({ removed_at: removal.at, removed_by: removal.by })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findDependency(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('dependencies')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export async function updateDependency(
  db: Db,
  organizationId: string,
  id: string,
  changes: Pick<DependenciesTable, 'state' | 'reason' | 'answered_by' | 'answered_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('dependencies')
    .set(changes)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('state', '=', 'proposed')
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The dependencies of a promise and those on it, oldest first: two index searches merged here (an
 * OR of the two columns would read every dependency of the organization). Those that stood at `at`
 * when given, else the live ones.
 */
export async function dependenciesTouching(db: Db, organizationId: string, promiseId: string, at?: string) {
  const on = (column: 'promise_id' | 'supplier_promise_id') =>
    db
      .selectFrom('dependencies')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where(column, '=', promiseId)
      .where(standingAt(at))
      .execute();
  const [of, onIt] = await Promise.all([on('promise_id'), on('supplier_promise_id')]);
  return oldestFirst([...of, ...onIt]);
}

export async function listDependencies(
  db: Db,
  organizationId: string,
  filter: { state?: DependenciesTable['state']; at?: string | undefined },
) {
  let query = db
    .selectFrom('dependencies')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where(standingAt(filter.at));
  if (filter.state) query = query.where('state', '=', filter.state);
  return query.orderBy('created_at').execute();
}

/**
 * The proposed dependencies a viewer has a part in: on a team they answer for, or of or on a promise
 * one of their parties is a side of, oldest first. Each part is its own query searched by its own
 * index (`dependencies_supplier_team`, `dependencies_promise_state`, `dependencies_supplier_promise`), and
 * the parts are merged here: an OR of them makes the engines read every proposed dependency of the
 * organization instead. The caller decides which of them await whom.
 */
export async function listProposedDependenciesOf(
  db: Db,
  organizationId: string,
  viewer: { parties: readonly PartyFilter[]; supplierTeamIds: readonly string[] },
): Promise<DependenciesTable[]> {
  const { parties, supplierTeamIds } = viewer;
  const proposed = () =>
    db
      .selectFrom('dependencies as d')
      .selectAll('d')
      .where('d.organization_id', '=', organizationId)
      .where('d.state', '=', 'proposed')
      .where('d.removed_at', 'is', null);
  const involving = () => promiseIdsOf(db, organizationId, parties, 'either');
  const parts = await Promise.all([
    supplierTeamIds.length
      ? proposed()
          .where(isAnyOf(db, 'd.supplier_team_id', supplierTeamIds))
          .execute()
      : [],
    parties.length ? proposed().where('d.promise_id', 'in', involving()).execute() : [],
    parties.length ? proposed().where('d.supplier_promise_id', 'in', involving()).execute() : [],
  ]);
  return oldestFirst(parts.flat());
}

/** The dependencies once each, oldest first (by id within the same instant), as a query orders them. */
function oldestFirst(rows: readonly DependenciesTable[]): DependenciesTable[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return [...byId.values()].sort((a, b) => compare(a.created_at, b.created_at) || compare(a.id, b.id));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Which of the teams perform a live promise in which cycles, as `teamId:cycleId` keys: a dependency
 * on a team with none in the dependent's cycle suggests an ask.
 */
export async function teamsPerformingInCycles(
  db: Db,
  organizationId: string,
  teamIds: readonly string[],
): Promise<Set<string>> {
  if (teamIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('promise_performers as pp')
    .innerJoin('promises as p', (join) =>
      join.onRef('p.organization_id', '=', 'pp.organization_id').onRef('p.id', '=', 'pp.promise_id'),
    )
    .select(['pp.party_id', 'p.cycle_id'])
    .distinct()
    .where('pp.organization_id', '=', organizationId)
    .where('pp.party_type', '=', 'team')
    .where(isAnyOf(db, 'pp.party_id', teamIds))
    .where('p.status', 'in', LIVE_STATUSES)
    .execute();
  return new Set(rows.map((r) => `${r.party_id}:${r.cycle_id}`));
}

/** Acknowledges the proposed dependencies on a supplier promise, as its performer has just promised it. */
export async function acknowledgeDependenciesOn(
  db: Db,
  organizationId: string,
  supplierPromiseId: string,
  personId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('dependencies')
    .set({ state: 'acknowledged', answered_by: personId, answered_at: at })
    .where('organization_id', '=', organizationId)
    .where('supplier_promise_id', '=', supplierPromiseId)
    .where('state', '=', 'proposed')
    .where('removed_at', 'is', null)
    .execute();
}

/**
 * The contributions a promise's roll-up can reach: those to it, those to its contributors, and so on,
 * walked in the database with a recursive query over `contributions_to`. UNION (not UNION ALL) keeps
 * each contribution once, so a loop of contributions ends the walk instead of repeating it; the
 * result is bounded by the contribution graph above the promise, not by the organization.
 * Only live contributions count, or with `at` those that stood then. The CROSS JOIN keeps SQLite's loops in that order (each promise reached, then the index search for
 * its contributors) rather than walking the organization's contributions; PostgreSQL plans it as a
 * plain join.
 */
export async function contributionsReaching(db: Db, organizationId: string, promiseId: string, at?: string) {
  // Live contributions, or those that stood at `at`.
  const standing = (alias: string) =>
    at === undefined
      ? sql`${sql.ref(`${alias}.removed_at`)} is null`
      : sql`${sql.ref(`${alias}.created_at`)} <= ${at} and (${sql.ref(`${alias}.removed_at`)} is null or ${sql.ref(`${alias}.removed_at`)} > ${at})`;
  const result = await sql<Pick<ContributionsTable, 'id' | 'from_promise_id' | 'to_promise_id' | 'weight'>>`
    with recursive reaching(id, from_promise_id, to_promise_id, weight) as (
      select id, from_promise_id, to_promise_id, weight from contributions s
      where s.organization_id = ${organizationId} and s.to_promise_id = ${promiseId} and ${standing('s')}
      union
      select c.id, c.from_promise_id, c.to_promise_id, c.weight
      from reaching r
      cross join contributions c
      where c.organization_id = ${organizationId} and c.to_promise_id = r.from_promise_id
        and ${standing('c')}
    )
    select id, from_promise_id, to_promise_id, weight from reaching order by id`.execute(db);
  return result.rows.map((row) => ({ ...row, weight: Number(row.weight) }));
}

/** The contributions from these promises that stood at `at`. */
export async function contributionsFrom(
  db: Db,
  organizationId: string,
  promiseIds: readonly string[],
  at: string,
) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('contributions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'from_promise_id', promiseIds))
    .where(standingAt(at))
    .execute();
}

/** The dependencies of these promises that stood at `at` (their state is today's: see `dependencyAsOf`). */
export async function dependenciesOf(
  db: Db,
  organizationId: string,
  promiseIds: readonly string[],
  at: string,
) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('dependencies')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'promise_id', promiseIds))
    .where(standingAt(at))
    .execute();
}
