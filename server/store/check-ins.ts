import type { Db } from './database.js';
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

/** Check-ins of the promises, oldest first, with who made them. */
export async function listCheckIns(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('check_ins as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .selectAll('c')
    .select('p.name as person_name')
    .where('c.organization_id', '=', organizationId)
    .where('c.promise_id', 'in', promiseIds)
    .orderBy('c.at')
    .orderBy('c.id')
    .execute();
}

/** Every value checked in on the promises, oldest first, with the time of its check-in. */
export async function listValues(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('check_in_values as v')
    .innerJoin('check_ins as c', (join) =>
      join.onRef('c.organization_id', '=', 'v.organization_id').onRef('c.id', '=', 'v.check_in_id'),
    )
    .select(['v.check_in_id', 'v.promise_id', 'v.condition_id', 'v.value', 'v.done', 'c.at'])
    .where('v.organization_id', '=', organizationId)
    .where('v.promise_id', 'in', promiseIds)
    .orderBy('c.at')
    .orderBy('c.id')
    .execute();
}

export async function insertAnswer(db: Db, row: CheckInAnswersTable): Promise<void> {
  await db.insertInto('check_in_answers').values(row).execute();
}

export async function listAnswers(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('check_in_answers as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .selectAll('a')
    .select('p.name as person_name')
    .where('a.organization_id', '=', organizationId)
    .where('a.promise_id', 'in', promiseIds)
    .orderBy('a.at')
    .execute();
}

/** When each promise was first agreed: check-ins are due from then. */
export async function agreedAt(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('promise_moves')
    .select(['promise_id', (eb) => eb.fn.min('at').as('at')])
    .where('organization_id', '=', organizationId)
    .where('promise_id', 'in', promiseIds)
    .where('act', 'in', ['promise', 'accept-offer'])
    .groupBy('promise_id')
    .execute();
  return new Map(rows.map((r) => [r.promise_id, String(r.at)]));
}
