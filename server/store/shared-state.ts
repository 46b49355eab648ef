import { sql } from 'kysely';
import type { Db } from './database.js';
import type { JobRunsTable } from './schema.js';

// What the server processes on one database share: rate-limit counters and periodic-job claims.
// Both tables are global (no organization_id): see docs/scaling.md.

/**
 * Counts one hit of `key` at `now` (epoch ms) and answers the hits in its window and when the window
 * ends. A window starts at the first hit after the last one ended and lasts `windowMs`, as in the
 * rate-limit plugin's own memory store. One upsert on both engines, so that two processes counting
 * at once never lose a hit: every SET reads the row as it was before this hit.
 */
export async function countRateLimitHit(
  db: Db,
  key: string,
  now: number,
  windowMs: number,
): Promise<{ hits: number; windowEnd: number }> {
  const hasEnded = sql<boolean>`rate_limit_hits.window_end <= excluded.window_start`;
  const row = await db
    .insertInto('rate_limit_hits')
    .values({ key, window_start: now, window_end: now + windowMs, hits: 1 })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({
        hits: sql`case when ${hasEnded} then 1 else rate_limit_hits.hits + 1 end`,
        window_start: sql`case when ${hasEnded} then excluded.window_start else rate_limit_hits.window_start end`,
        window_end: sql`case when ${hasEnded} then excluded.window_end else rate_limit_hits.window_end end`,
      }),
    )
    .returning(['hits', 'window_end'])
    .executeTakeFirstOrThrow();
  return { hits: Number(row.hits), windowEnd: Number(row.window_end) };
}

/** Forgets the windows that ended before `now` (epoch ms); answers how many it removed. */
export async function deleteEndedRateLimitWindows(db: Db, now: number): Promise<number> {
  const result = await db.deleteFrom('rate_limit_hits').where('window_end', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Claims one slot of a job for `claimedBy`: true for the one caller whose row went in, false for
 * every other (on any process), as the insert does nothing when the row is there already.
 */
export async function claimJobSlot(
  db: Db,
  claim: Pick<JobRunsTable, 'job' | 'slot' | 'claimed_by' | 'claimed_at'>,
): Promise<boolean> {
  const inserted = await db
    .insertInto('job_runs')
    .values({ ...claim, finished_at: null, outcome: null })
    .onConflict((conflict) => conflict.columns(['job', 'slot']).doNothing())
    .returning('job')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function finishJobSlot(
  db: Db,
  claim: Pick<JobRunsTable, 'job' | 'slot'>,
  finish: { finished_at: string; outcome: 'succeeded' | 'failed' },
): Promise<void> {
  await db
    .updateTable('job_runs')
    .set(finish)
    .where('job', '=', claim.job)
    .where('slot', '=', claim.slot)
    .execute();
}

/** Gives a failed slot back, so that the next process to reach it may try again. */
export async function releaseJobSlot(db: Db, claim: Pick<JobRunsTable, 'job' | 'slot' | 'claimed_by'>) {
  await db
    .deleteFrom('job_runs')
    .where('job', '=', claim.job)
    .where('slot', '=', claim.slot)
    .where('claimed_by', '=', claim.claimed_by)
    .execute();
}

export async function listJobRuns(db: Db, job: string): Promise<JobRunsTable[]> {
  return db.selectFrom('job_runs').selectAll().where('job', '=', job).orderBy('slot').execute();
}

/** Forgets the claims of slots before `before`; answers how many it removed. */
export async function deleteJobRunsBefore(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('job_runs').where('slot', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
