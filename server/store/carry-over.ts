import type { Db } from './database.js';
import { isAnyOf } from './dialect.js';
import type { CarryOverDismissalsTable } from './schema.js';

/** The promises that carry over any of `promiseIds`: at most one each (a unique index says so). */
export async function findCarriedInto(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('promises')
    .innerJoin('cycles', (join) =>
      join
        .onRef('cycles.organization_id', '=', 'promises.organization_id')
        .onRef('cycles.id', '=', 'promises.cycle_id'),
    )
    .select([
      'promises.id',
      'promises.title',
      'promises.status',
      'promises.carried_from_id',
      'cycles.id as cycle_id',
      'cycles.name as cycle_name',
    ])
    .where('promises.organization_id', '=', organizationId)
    .where(isAnyOf(db, 'promises.carried_from_id', promiseIds))
    .execute();
}

/** A promise with its cycle's name, as a carry-over link names it. */
export async function findCarriedPromise(db: Db, organizationId: string, promiseId: string) {
  return db
    .selectFrom('promises')
    .innerJoin('cycles', (join) =>
      join
        .onRef('cycles.organization_id', '=', 'promises.organization_id')
        .onRef('cycles.id', '=', 'promises.cycle_id'),
    )
    .select([
      'promises.id',
      'promises.title',
      'promises.status',
      'cycles.id as cycle_id',
      'cycles.name as cycle_name',
    ])
    .where('promises.organization_id', '=', organizationId)
    .where('promises.id', '=', promiseId)
    .executeTakeFirst();
}

/**
 * What was carried out of the promises of `cycleIds` and into which promise, oldest first: the cycle
 * review's list, at most `limit`.
 */
export async function listCarriedOutOf(
  db: Db,
  organizationId: string,
  cycleIds: readonly string[],
  limit: number,
) {
  if (cycleIds.length === 0) return [];
  return (
    db
      .selectFrom('promises as old')
      .innerJoin('promises as new', (join) =>
        join
          .onRef('new.organization_id', '=', 'old.organization_id')
          .onRef('new.carried_from_id', '=', 'old.id'),
      )
      .innerJoin('cycles', (join) =>
        join
          .onRef('cycles.organization_id', '=', 'new.organization_id')
          .onRef('cycles.id', '=', 'new.cycle_id'),
      )
      .select([
        'old.id as from_id',
        'old.title as from_title',
        'old.status as from_status',
        'old.cycle_id as from_cycle_id',
        'new.id as into_id',
        'new.title as into_title',
        'new.status as into_status',
        'cycles.id as into_cycle_id',
        'cycles.name as into_cycle_name',
      ])
      .where('old.organization_id', '=', organizationId)
      .where(isAnyOf(db, 'old.cycle_id', cycleIds))
      // Implied by the join, said for the plan: the promises carried over are a few entries of
      // promises_carried_from, where the cycle's promises are thousands.
      .where('new.carried_from_id', 'is not', null)
      .orderBy('new.created_at')
      .orderBy('new.id')
      .limit(limit)
      .execute()
  );
}

/** The latest value of each key result of a promise, from its check-ins. */
export async function latestValuesOf(db: Db, organizationId: string, promiseId: string) {
  return db
    .selectFrom('key_result_latest')
    .select(['condition_id', 'value', 'done'])
    .where('organization_id', '=', organizationId)
    .where('promise_id', '=', promiseId)
    .execute();
}

/** Someone leaves a promise as it is; leaving it twice is leaving it once. */
export async function insertDismissal(db: Db, row: CarryOverDismissalsTable): Promise<void> {
  await db
    .insertInto('carry_over_dismissals')
    .values(row)
    .onConflict((oc) => oc.columns(['organization_id', 'promise_id', 'person_id']).doNothing())
    .execute();
}

/** Which of `promiseIds` the person left as they are. */
export async function dismissedBy(
  db: Db,
  organizationId: string,
  personId: string,
  promiseIds: readonly string[],
): Promise<Set<string>> {
  if (promiseIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('carry_over_dismissals')
    .select('promise_id')
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where(isAnyOf(db, 'promise_id', promiseIds))
    .execute();
  return new Set(rows.map((r) => r.promise_id));
}
