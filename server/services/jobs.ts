import type { Job } from '../../contract/setup.js';
import { notFound } from '../errors.js';
import * as jobs from '../store/jobs.js';
import type { JobsTable } from '../store/schema.js';
import { iso, type ServiceContext } from './context.js';

export interface Progress {
  done: number;
  total: number;
  step: string;
}
export type ProgressReporter = (progress: Progress) => void | Promise<void>;

/**
 * Live progress of the jobs this process runs. Long work holds one transaction, and SQLite has a
 * single writer, so progress cannot be written to the database while the work runs: the database
 * records the start and the outcome, and this process answers how far along the work is.
 */
const liveProgress = new Map<string, Progress>();

function present(ctx: ServiceContext, row: JobsTable): Job {
  const progress: Progress = (row.status === 'running' && liveProgress.get(row.id)) || row;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    done: progress.done,
    total: progress.total,
    step: progress.step,
    error: row.error,
    result: row.result === null ? undefined : ctx.dialect.parseJson(row.result),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Long work runs as a job after the response; its outcome is recorded, its failure never thrown. */
export async function startJob(
  ctx: ServiceContext,
  input: { kind: string; organizationId: string | null },
  work: (report: ProgressReporter) => Promise<unknown>,
): Promise<Job> {
  const now = iso(ctx.now());
  const row: JobsTable = {
    id: ctx.newId(),
    organization_id: input.organizationId,
    kind: input.kind,
    status: 'running',
    done: 0,
    total: 1,
    step: 'Starting',
    error: null,
    result: null,
    created_at: now,
    updated_at: now,
  };
  await jobs.insertJob(ctx.db, row);
  const report: ProgressReporter = (progress) => {
    liveProgress.set(row.id, { ...progress });
  };
  const finish = (changes: Parameters<typeof jobs.updateJob>[2]) => {
    const last = liveProgress.get(row.id);
    return jobs.updateJob(ctx.db, row.id, {
      done: last?.done ?? 0,
      total: last?.total ?? 1,
      updated_at: iso(ctx.now()),
      ...changes,
    });
  };
  setImmediate(() => {
    work(report)
      .then((result) => finish({ status: 'succeeded', step: 'Done', result: JSON.stringify(result ?? null) }))
      .catch((error: unknown) => {
        ctx.log.error({ err: error, job: row.id }, 'job failed');
        return finish({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
      })
      .catch((error: unknown) =>
        ctx.log.error({ err: error, job: row.id }, 'could not record the job outcome'),
      )
      .finally(() => liveProgress.delete(row.id));
  });
  return present(ctx, row);
}

/** Jobs of an organization are visible to its members; setup jobs (no organization) to anyone. */
export async function getJob(ctx: ServiceContext, id: string, organizationId: string | null): Promise<Job> {
  const row = await jobs.findJob(ctx.db, id);
  if (!row || (row.organization_id !== null && row.organization_id !== organizationId)) throw notFound('Job');
  return present(ctx, row);
}
