import type { Db } from './database.js';
import { isAnyOf } from './dialect.js';
import type { AssessmentsTable, RetrospectivesTable } from './schema.js';

export async function insertAssessment(db: Db, row: AssessmentsTable): Promise<void> {
  await db.insertInto('assessments').values(row).execute();
}

export async function listAssessments(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('assessments as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .selectAll('a')
    .select('p.name as person_name')
    .where('a.organization_id', '=', organizationId)
    .where(isAnyOf(db, 'a.promise_id', promiseIds))
    .orderBy('a.at')
    .execute();
}

export async function insertRetrospective(db: Db, row: RetrospectivesTable): Promise<void> {
  await db.insertInto('retrospectives').values(row).execute();
}

export async function listRetrospectives(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('retrospectives as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .selectAll('r')
    .select('p.name as person_name')
    .where('r.organization_id', '=', organizationId)
    .where(isAnyOf(db, 'r.promise_id', promiseIds))
    .orderBy('r.at')
    .execute();
}
