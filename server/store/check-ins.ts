import type { Db } from './database.js';
import { isAnyOf } from './dialect.js';
import { countOf, type Page } from './pages.js';
import type { CheckInAnswersTable, CheckInsTable, CheckInValuesTable } from './schema.js';

/** Writes a check-in and its values, and returns them as the engine stored them (its decimals' spelling). */
export async function insertCheckIn(db: Db, row: CheckInsTable, values: CheckInValuesTable[]) {
  const written = await db.insertInto('check_ins').values(row).returningAll().executeTakeFirstOrThrow();
  const writtenValues =
    values.length > 0
      ? await db
          .insertInto('check_in_values')
          .values(values)
          .returning(['check_in_id', 'promise_id', 'condition_id', 'value', 'done'])
          .execute()
      : [];
  return { row: written, values: writtenValues.map((v) => ({ ...v, at: written.at })) };
}

export async function findCheckIn(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('check_ins')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** One check-in with who made it and its values (an answered check-in, presented again). */
export async function findCheckInWithValues(db: Db, organizationId: string, id: string) {
  const [row, values] = await Promise.all([
    db
      .selectFrom('check_ins as c')
      .innerJoin('people as p', 'p.id', 'c.person_id')
      .selectAll('c')
      .select('p.name as person_name')
      .where('c.organization_id', '=', organizationId)
      .where('c.id', '=', id)
      .executeTakeFirst(),
    db
      .selectFrom('check_in_values as v')
      .innerJoin('check_ins as c', (join) =>
        join.onRef('c.organization_id', '=', 'v.organization_id').onRef('c.id', '=', 'v.check_in_id'),
      )
      .select(['v.check_in_id', 'v.promise_id', 'v.condition_id', 'v.value', 'v.done', 'c.at'])
      .where('v.organization_id', '=', organizationId)
      .where('v.check_in_id', '=', id)
      .execute(),
  ]);
  return row && { row, values };
}

/** Check-ins of the promises, oldest first, with who made them. */
/** The check-ins of these promises, oldest first; only those made by `until` when given. */
export async function listCheckIns(
  db: Db,
  organizationId: string,
  promiseIds: readonly string[],
  until?: string,
) {
  if (promiseIds.length === 0) return [];
  let query = db
    .selectFrom('check_ins as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .selectAll('c')
    .select('p.name as person_name')
    .where('c.organization_id', '=', organizationId)
    .where(isAnyOf(db, 'c.promise_id', promiseIds));
  if (until !== undefined) query = query.where('c.at', '<=', until);
  return query.orderBy('c.at').orderBy('c.id').execute();
}

/**
 * The latest check-in of each of these promises (by time, then id), with who made it: one search of
 * check_ins_promise_at per promise, however long its history.
 */
export async function latestCheckIns(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('promises as pr')
    .innerJoin('check_ins as c', 'c.organization_id', 'pr.organization_id')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .selectAll('c')
    .select('p.name as person_name')
    .where('pr.organization_id', '=', organizationId)
    .where(isAnyOf(db, 'pr.id', promiseIds))
    .where((eb) =>
      eb(
        'c.id',
        '=',
        eb
          .selectFrom('check_ins as l')
          .select('l.id')
          .whereRef('l.organization_id', '=', 'pr.organization_id')
          .whereRef('l.promise_id', '=', 'pr.id')
          .orderBy('l.at', 'desc')
          .orderBy('l.id', 'desc')
          .limit(1),
      ),
    )
    .execute();
}

/** A page of one promise's check-ins, newest first, then by id, and how many it has. */
export async function pageCheckIns(db: Db, organizationId: string, promiseId: string, page: Page) {
  const query = db
    .selectFrom('check_ins as c')
    .where('c.organization_id', '=', organizationId)
    .where('c.promise_id', '=', promiseId);
  const [rows, count] = await Promise.all([
    query
      .innerJoin('people as p', 'p.id', 'c.person_id')
      .selectAll('c')
      .select('p.name as person_name')
      .orderBy('c.at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: countOf(count) };
}

/** The values and the answers of some check-ins of one promise (a page of them). */
export async function valuesAndAnswersOf(
  db: Db,
  organizationId: string,
  promiseId: string,
  checkInIds: readonly string[],
) {
  if (checkInIds.length === 0) return { values: [], answers: [] };
  const [values, answers] = await Promise.all([
    db
      .selectFrom('check_in_values')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('promise_id', '=', promiseId)
      .where(isAnyOf(db, 'check_in_id', checkInIds))
      .execute(),
    db
      .selectFrom('check_in_answers as a')
      .innerJoin('people as p', 'p.id', 'a.person_id')
      .selectAll('a')
      .select('p.name as person_name')
      .where('a.organization_id', '=', organizationId)
      .where('a.promise_id', '=', promiseId)
      .where(isAnyOf(db, 'a.check_in_id', checkInIds))
      .orderBy('a.at')
      .orderBy('a.id')
      .execute(),
  ]);
  return { values, answers };
}

/** Every value checked in on the promises, oldest first, with the time of its check-in. */
/** The values checked in on these promises, oldest first; only those checked in by `until` when given. */
export async function listValues(
  db: Db,
  organizationId: string,
  promiseIds: readonly string[],
  until?: string,
) {
  if (promiseIds.length === 0) return [];
  let query = db
    .selectFrom('check_in_values as v')
    .innerJoin('check_ins as c', (join) =>
      join.onRef('c.organization_id', '=', 'v.organization_id').onRef('c.id', '=', 'v.check_in_id'),
    )
    .select(['v.check_in_id', 'v.promise_id', 'v.condition_id', 'v.value', 'v.done', 'c.at'])
    .where('v.organization_id', '=', organizationId)
    .where(isAnyOf(db, 'v.promise_id', promiseIds));
  if (until !== undefined) query = query.where('c.at', '<=', until);
  return query.orderBy('c.at').orderBy('c.id').execute();
}

export async function insertAnswer(db: Db, row: CheckInAnswersTable): Promise<void> {
  await db.insertInto('check_in_answers').values(row).execute();
}

/** The answers to the check-ins of these promises, by time; only to the check-ins named when given. */
export async function listAnswers(
  db: Db,
  organizationId: string,
  promiseIds: readonly string[],
  checkInIds?: readonly string[],
) {
  if (promiseIds.length === 0 || checkInIds?.length === 0) return [];
  let query = db
    .selectFrom('check_in_answers as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .selectAll('a')
    .select('p.name as person_name')
    .where('a.organization_id', '=', organizationId)
    .where(isAnyOf(db, 'a.promise_id', promiseIds));
  if (checkInIds) query = query.where(isAnyOf(db, 'a.check_in_id', checkInIds));
  return query.orderBy('a.at').execute();
}

/** When each promise was first agreed: check-ins are due from then. */
export async function agreedAt(
  db: Db,
  organizationId: string,
  promiseIds: readonly string[],
  until?: string,
) {
  if (promiseIds.length === 0) return new Map<string, string>();
  let query = db
    .selectFrom('promise_moves')
    .select(['promise_id', (eb) => eb.fn.min('at').as('at')])
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'promise_id', promiseIds))
    .where('act', 'in', ['promise', 'accept-offer']);
  if (until !== undefined) query = query.where('at', '<=', until);
  const rows = await query.groupBy('promise_id').execute();
  return new Map(rows.map((r) => [r.promise_id, String(r.at)]));
}
