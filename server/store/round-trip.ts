import type { Db } from './database.js';
import type {
  CycleEventsTable,
  CyclesTable,
  DirectionCommentsTable,
  DirectionVersionsTable,
  NotificationsTable,
  PartyType,
  ReviewQuestionsTable,
  ReviewRequestsTable,
  TeamCapacitiesTable,
} from './schema.js';

export async function insertCycleEvent(db: Db, row: CycleEventsTable) {
  await db.insertInto('cycle_events').values(row).execute();
}

export async function listCycleEvents(db: Db, organizationId: string, cycleId: string) {
  return db
    .selectFrom('cycle_events as e')
    .innerJoin('people as p', 'p.id', 'e.person_id')
    .selectAll('e')
    .select('p.name as person_name')
    .where('e.organization_id', '=', organizationId)
    .where('e.cycle_id', '=', cycleId)
    .orderBy('e.at')
    .execute();
}

/** Moves a cycle only from the state it was read in, so two owners moving it at once cannot both land. */
export async function setCycleState(
  db: Db,
  organizationId: string,
  cycleId: string,
  from: CyclesTable['state'],
  to: CyclesTable['state'],
) {
  const result = await db
    .updateTable('cycles')
    .set({ state: to })
    .where('organization_id', '=', organizationId)
    .where('id', '=', cycleId)
    .where('state', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findDirectionDraft(db: Db, organizationId: string, cycleId: string) {
  return db
    .selectFrom('direction_drafts as d')
    .innerJoin('people as p', 'p.id', 'd.updated_by')
    .selectAll('d')
    .select('p.name as person_name')
    .where('d.organization_id', '=', organizationId)
    .where('d.cycle_id', '=', cycleId)
    .executeTakeFirst();
}

export async function saveDirectionDraft(
  db: Db,
  row: {
    organization_id: string;
    cycle_id: string;
    markdown: string;
    updated_by: string;
    updated_at: string;
  },
) {
  await db
    .insertInto('direction_drafts')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['organization_id', 'cycle_id'])
        .doUpdateSet({ markdown: row.markdown, updated_by: row.updated_by, updated_at: row.updated_at }),
    )
    .execute();
}

export async function listDirectionVersions(db: Db, organizationId: string, cycleIds: readonly string[]) {
  if (cycleIds.length === 0) return [];
  return db
    .selectFrom('direction_versions as v')
    .innerJoin('people as p', 'p.id', 'v.published_by')
    .selectAll('v')
    .select('p.name as person_name')
    .where('v.organization_id', '=', organizationId)
    .where('v.cycle_id', 'in', cycleIds)
    .orderBy('v.version', 'desc')
    .execute();
}

export async function findDirectionVersion(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('direction_versions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertDirectionVersion(db: Db, row: DirectionVersionsTable) {
  await db.insertInto('direction_versions').values(row).execute();
}

export async function insertDirectionComment(db: Db, row: DirectionCommentsTable) {
  await db.insertInto('direction_comments').values(row).execute();
}

export async function listDirectionComments(db: Db, organizationId: string, cycleId: string) {
  return db
    .selectFrom('direction_comments as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .selectAll('c')
    .select('p.name as person_name')
    .where('c.organization_id', '=', organizationId)
    .where('c.cycle_id', '=', cycleId)
    .orderBy('c.at')
    .execute();
}

export async function insertReviewRequest(db: Db, row: ReviewRequestsTable) {
  await db.insertInto('review_requests').values(row).execute();
}

export async function listReviewRequests(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('review_requests')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('promise_id', 'in', promiseIds)
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
    .where('q.promise_id', 'in', promiseIds)
    .orderBy('q.asked_at')
    .execute();
}

export async function upsertCapacity(db: Db, row: TeamCapacitiesTable) {
  await db
    .insertInto('team_capacities')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['organization_id', 'team_id', 'cycle_id']).doUpdateSet({
        unit: row.unit,
        amount: row.amount,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function listCapacities(db: Db, organizationId: string, cycleId: string) {
  return db
    .selectFrom('team_capacities')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('cycle_id', '=', cycleId)
    .execute();
}

/** Inserts each notification once per person and event; a repeat of the same event is ignored. */
export async function insertNotifications(db: Db, rows: NotificationsTable[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('notifications')
    .values(rows)
    .onConflict((oc) => oc.columns(['organization_id', 'person_id', 'dedupe_key']).doNothing())
    .execute();
}

export async function listNotifications(db: Db, organizationId: string, personId: string, limit: number) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
}

export async function countUnread(db: Db, organizationId: string, personId: string) {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markRead(db: Db, organizationId: string, personId: string, at: string, id?: string) {
  let query = db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('read_at', 'is', null);
  if (id) query = query.where('id', '=', id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findNotification(db: Db, organizationId: string, personId: string, id: string) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .executeTakeFirst();
}
