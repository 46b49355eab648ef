import type { Db } from './database.js';
import { isAnyOf } from './dialect.js';
import type { PartyType, ReviewQuestionsTable, ReviewRequestsTable } from './schema.js';

export async function insertReviewRequest(db: Db, row: ReviewRequestsTable) {
  await db.insertInto('review_requests').values(row).execute();
}

export async function listReviewRequests(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('review_requests')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'promise_id', promiseIds))
    .orderBy('requested_at')
    .execute();
}

export async function findReviewRequest(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('review_requests')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function completeReviewRequest(
  db: Db,
  organizationId: string,
  id: string,
  by: string,
  at: string,
) {
  await db
    .updateTable('review_requests')
    .set({ reviewed_by: by, reviewed_at: at })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

/** Whether any of the parties was asked to review the promise: reviewers may see its draft. */
export async function isReviewer(
  db: Db,
  organizationId: string,
  promiseId: string,
  parties: ReadonlyArray<{ type: PartyType; id: string }>,
) {
  if (parties.length === 0) return false;
  const row = await db
    .selectFrom('review_requests')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('promise_id', '=', promiseId)
    .where((eb) =>
      eb.or(parties.map((p) => eb.and([eb('reviewer_type', '=', p.type), eb('reviewer_id', '=', p.id)]))),
    )
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertQuestion(db: Db, row: ReviewQuestionsTable) {
  await db.insertInto('review_questions').values(row).execute();
}

export async function findQuestion(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('review_questions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateQuestion(
  db: Db,
  organizationId: string,
  id: string,
  changes: Partial<
    Pick<ReviewQuestionsTable, 'answer' | 'answered_by' | 'answered_at' | 'resolved_by' | 'resolved_at'>
  >,
) {
  await db
    .updateTable('review_questions')
    .set(changes)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function listQuestions(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('review_questions as q')
    .innerJoin('people as p', 'p.id', 'q.asked_by')
    .selectAll('q')
    .select('p.name as person_name')
    .where('q.organization_id', '=', organizationId)
    .where(isAnyOf(db, 'q.promise_id', promiseIds))
    .orderBy('q.asked_at')
    .execute();
}

/** The reviews asked of any of the parties and not yet done: what the inbox asks them to review. */
export async function listOpenReviewRequestsOf(
  db: Db,
  organizationId: string,
  parties: ReadonlyArray<{ type: PartyType; id: string }>,
) {
  if (parties.length === 0) return [];
  return db
    .selectFrom('review_requests')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where((eb) =>
      eb.or(parties.map((p) => eb.and([eb('reviewer_type', '=', p.type), eb('reviewer_id', '=', p.id)]))),
    )
    .where('reviewed_at', 'is', null)
    .orderBy('requested_at')
    .execute();
}

/** The questions on the promises that nobody has answered or resolved yet, the oldest first. */
export async function listOpenQuestions(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('review_questions as q')
    .innerJoin('people as p', 'p.id', 'q.asked_by')
    .selectAll('q')
    .select('p.name as person_name')
    .where('q.organization_id', '=', organizationId)
    .where(isAnyOf(db, 'q.promise_id', promiseIds))
    .where('q.answer', 'is', null)
    .where('q.resolved_at', 'is', null)
    .orderBy('q.asked_at')
    .execute();
}
