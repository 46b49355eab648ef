import type { ServiceContext } from '../services/context.js';
import { forgetEndedWindows } from '../services/rate-limits.js';
import * as sharedState from '../store/shared-state.js';

const KEEP_JOB_RUNS_MS = 7 * 86_400_000;

/**
 * Keeps the shared-state tables small: rate-limit windows that have ended count nothing any more,
 * and a job slot a week old will never be claimed again (every process has moved on past it).
 */
export async function forgetEndedSharedState(
  ctx: ServiceContext,
  now: Date,
): Promise<{ rateLimitWindows: number; jobRuns: number }> {
  const at: ServiceContext = { ...ctx, now: () => now };
  const rateLimitWindows = await forgetEndedWindows(at);
  const jobRuns = await sharedState.deleteJobRunsBefore(
    ctx.db,
    new Date(now.getTime() - KEEP_JOB_RUNS_MS).toISOString(),
  );
  return { rateLimitWindows, jobRuns };
}
