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

const present = (ctx: ServiceContext, row: JobsTable): Job => ({
  id: row.id,
  kind: row.kind,
  status: row.status,
  done: row.done,
  total: row.total,
  step: row.step,
  error: row.error,
  result: row.result === null ? undefined : ctx.dialect.parseJson(row.result),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/**
 * Long work runs as a job whose progress lives in the database, so any server instance can answer
 * "how far along is it". The work runs after the response; its failure is recorded, never thrown.
 */
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
  const report: ProgressReporter = (p) =>
    jobs.updateJob(ctx.db, row.id, {
      done: p.done,
      total: p.total,
      step: p.step,
      updated_at: iso(ctx.now()),
    });
  setImmediate(() => {
    work(report)
      .then((result) =>
        jobs.updateJob(ctx.db, row.id, {
          status: 'succeeded',
          step: 'Done',
          result: JSON.stringify(result ?? null),
          updated_at: iso(ctx.now()),
        }),
      )
      .catch(async (error: unknown) => {
        ctx.log.error({ err: error, job: row.id }, 'job failed');
        await jobs.updateJob(ctx.db, row.id, {
          status: 'failed',
          error: error instanceof Error ? error.message : String(error),
          updated_at: iso(ctx.now()),
        });
      });
  });
  return present(ctx, row);
}

/** Jobs of an organization are visible to its members; setup jobs (no organization) to anyone. */
export async function getJob(ctx: ServiceContext, id: string, organizationId: string | null): Promise<Job> {
  const row = await jobs.findJob(ctx.db, id);
  if (!row || (row.organization_id !== null && row.organization_id !== organizationId)) throw notFound('Job');
  return present(ctx, row);
}
