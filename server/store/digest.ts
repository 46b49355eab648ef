import { sql } from 'kysely';
import { withStanding } from './dashboard.js';
import type { Db } from './database.js';
import { countOf } from './pages.js';
import type { WeeklyDigestsTable } from './schema.js';

/*
 * The weekly digest: what it tells of an organization, each part a few rows and a count whatever
 * the organization's size, and the digests sent (weekly_digests, migration 0028).
 */

type Listed<T> = { rows: T[]; total: number };

async function listed<T>(
  rows: Promise<T[]>,
  count: Promise<{ n: number | string | bigint }>,
): Promise<Listed<T>> {
  const [r, c] = await Promise.all([rows, count]);
  return { rows: r, total: countOf(c) };
}

/** Promises being kept whose latest check-in says at risk or off track, soonest due first. */
export function atRisk(db: Db, organizationId: string, limit: number) {
  const base = withStanding(db, { organizationId }, ['promised']).where('s.last_check_in_status', 'in', [
    'at-risk',
    'off-track',
  ]);
  return listed(
    base
      .select(['pr.id', 'pr.title', 'pr.due_date', 's.last_check_in_status as status'])
      .orderBy('pr.due_date')
      .orderBy('pr.id')
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  );
}

/** Promises being kept whose next check-in was due before `now`, longest overdue first. */
export function missingCheckIns(db: Db, organizationId: string, now: string, limit: number) {
  const base = withStanding(db, { organizationId }, ['promised']).where('s.next_check_in_due', '<', now);
  return listed(
    base
      .select(['pr.id', 'pr.title', 's.next_check_in_due as due'])
      .orderBy('s.next_check_in_due')
      .orderBy('pr.id')
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  );
}

/** Promises reported complete or declared satisfied since `since`, latest first. */
export function completedSince(db: Db, organizationId: string, since: string, limit: number) {
  const base = withStanding(db, { organizationId }, ['reported', 'satisfied']).where(
    'pr.updated_at',
    '>=',
    since,
  );
  return listed(
    base
      .select(['pr.id', 'pr.title', 'pr.status', 's.assessment_score as score'])
      .orderBy('pr.updated_at', 'desc')
      .orderBy('pr.id')
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  );
}

/** Findings the strategy debugger opened since `since` and still open, newest first. */
export function findingsOpenedSince(db: Db, organizationId: string, since: string, limit: number) {
  const base = db
    .selectFrom('findings')
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'open')
    .where('opened_at', '>=', since);
  return listed(
    base
      .select(['key', 'severity', 'body'])
      .orderBy('opened_at', 'desc')
      .orderBy('key')
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  );
}

/**
 * The promises whose score moved most since `since`: checked in since then, with the score that
 * stood at `since` (its point then) and the score now; biggest change first.
 */
export async function scoreChangesSince(db: Db, organizationId: string, since: string, limit: number) {
  return db
    .selectFrom('promise_standings as s')
    .innerJoin('promises as pr', (j) =>
      j.onRef('pr.organization_id', '=', 's.organization_id').onRef('pr.id', '=', 's.promise_id'),
    )
    .innerJoin('promise_score_points as sp', (j) =>
      j.onRef('sp.organization_id', '=', 's.organization_id').onRef('sp.promise_id', '=', 's.promise_id'),
    )
    .select(['pr.id', 'pr.title', 'sp.score as before', 's.score as after'])
    .where('s.organization_id', '=', organizationId)
    .where('s.last_check_in_at', '>=', since)
    .where('s.score', 'is not', null)
    .where('sp.score', 'is not', null)
    .where('sp.at', '<', since)
    .where('sp.until_at', '>=', since)
    .where('pr.status', '=', 'promised')
    .whereRef('sp.score', '!=', 's.score')
    .orderBy(sql`abs(${sql.ref('s.score')} - ${sql.ref('sp.score')})`, 'desc')
    .orderBy('pr.id')
    .limit(limit)
    .execute();
}

export async function findDigest(db: Db, organizationId: string, week: string) {
  return db
    .selectFrom('weekly_digests')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('week', '=', week)
    .executeTakeFirst();
}

/** When the latest digest before `week` was made: where the next one starts telling from. */
export async function lastDigestBefore(db: Db, organizationId: string, week: string) {
  const row = await db
    .selectFrom('weekly_digests')
    .select('created_at')
    .where('organization_id', '=', organizationId)
    .where('week', '<', week)
    .orderBy('week', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.created_at;
}

/** Writes a week's digest unless one is there; answers whether this call wrote it. */
export async function insertDigest(db: Db, row: WeeklyDigestsTable): Promise<boolean> {
  const inserted = await db
    .insertInto('weekly_digests')
    .values(row)
    .onConflict((oc) => oc.columns(['organization_id', 'week']).doNothing())
    .returning('week')
    .execute();
  return inserted.length > 0;
}

/**
 * Moves the digest's cursor from `from` to `to`, only if it is still at `from`: of two processes
 * sending the same page, one moves it and sends, the other finds it moved and sends nothing.
 */
export async function advanceDigest(
  db: Db,
  organizationId: string,
  week: string,
  move: { from: string | null; to: string | null; sent: number; finishedAt: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('weekly_digests')
    .set((eb) => ({
      sent_through: move.to,
      recipients: eb('recipients', '+', move.sent),
      finished_at: move.finishedAt,
    }))
    .where('organization_id', '=', organizationId)
    .where('week', '=', week)
    .where('finished_at', 'is', null)
    .where((eb) => (move.from === null ? eb('sent_through', 'is', null) : eb('sent_through', '=', move.from)))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * A page of the organization's members who have not turned the digest off, by id after `after`:
 * how a digest reaches 10,000 people a page at a time.
 */
export async function digestRecipients(db: Db, organizationId: string, after: string | null, limit: number) {
  let query = db
    .selectFrom('memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['p.id', 'p.email', 'p.name'])
    .where('m.organization_id', '=', organizationId)
    .where('m.removed_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('notification_preferences as np')
            .select('np.person_id')
            .whereRef('np.organization_id', '=', 'm.organization_id')
            .whereRef('np.person_id', '=', 'm.person_id')
            .where('np.kind', '=', 'weekly-digest')
            .where('np.channel', '=', 'off'),
        ),
      ),
    );
  if (after !== null) query = query.where('m.person_id', '>', after);
  return query.orderBy('m.person_id').limit(limit).execute();
}
