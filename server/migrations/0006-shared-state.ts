import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * What several server processes on one database share beyond the data itself (issue 9): the hits of
 * each rate limit in each window, and which process claimed which time slot of each periodic job.
 * Neither belongs to an organization: a login limit is counted per address and email before anyone
 * is known, and a job slot covers every organization.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;

  // One row per limited key: its window (epoch ms; it starts at the first hit after the last one
  // ended) and the hits in it. A hit is one atomic upsert that adds one or starts a new window.
  await db.schema
    .createTable('rate_limit_hits')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('window_end', 'bigint', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limit_hits_pk', ['key'])
    .execute();
  await db.schema.createIndex('rate_limit_hits_end').on('rate_limit_hits').column('window_end').execute();

  // The first process to insert (job, slot) runs that slot; the others find the row and skip it.
  await db.schema
    .createTable('job_runs')
    .addColumn('job', 'text', (c) => c.notNull())
    .addColumn('slot', ts, (c) => c.notNull())
    .addColumn('claimed_by', 'text', (c) => c.notNull())
    .addColumn('claimed_at', ts, (c) => c.notNull())
    .addColumn('finished_at', ts)
    .addColumn('outcome', 'text')
    .addPrimaryKeyConstraint('job_runs_pk', ['job', 'slot'])
    .execute();
}
