import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { iso, type ServiceContext } from '../services/context.js';
import * as sharedState from '../store/shared-state.js';
import type { Job } from './job.js';

/** One run of a job, told to whoever watches the scheduler (the metrics). */
export interface JobRun {
  job: string;
  outcome: 'succeeded' | 'failed';
  /** Wall time, not the context's clock: tests set that clock, and a run takes what it takes. */
  seconds: number;
}

export interface Scheduler {
  /**
   * Runs every job once, for `ctx.now()`. A pass already under way is joined rather than doubled,
   * so a slow pass and the next tick never run side by side. A job that fails is logged; the
   * others still run.
   *
   * Several processes on one database each tick, and each job runs once per time slot across all of
   * them: a process runs a job only when it is the one that claims the job's slot (the interval
   * that `now` falls in) in the database. A failed run gives its slot back for another to retry.
   */
  tick(): Promise<void>;
  /** A first pass now, then one every interval; the timer never keeps the process alive. */
  start(): void;
  /** No pass starts after this; resolves once the pass under way, if any, is done. */
  stop(): Promise<void>;
}

export function createScheduler(
  ctx: ServiceContext,
  options: {
    jobs: readonly Job[];
    intervalMs: number;
    onJobRun?: (run: JobRun) => void;
    /** Who claims the slots; one name per scheduler, so a process can tell its claims from others'. */
    claimedBy?: string;
  },
): Scheduler {
  const claimedBy = options.claimedBy ?? `${os.hostname()}:${process.pid}:${ctx.newId()}`;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let isStopped = false;

  const pass = async () => {
    const now = ctx.now();
    const slot = slotOf(now, options.intervalMs);
    for (const job of options.jobs) {
      const claim = { job: job.name, slot, claimed_by: claimedBy };
      try {
        if (!(await sharedState.claimJobSlot(ctx.db, { ...claim, claimed_at: iso(now) }))) {
          ctx.log.debug({ job: job.name, slot }, 'job slot claimed by another process');
          continue;
        }
      } catch (error) {
        ctx.log.error({ err: error, job: job.name }, 'could not claim the job slot');
        continue;
      }
      const started = performance.now();
      let outcome: JobRun['outcome'] = 'succeeded';
      try {
        const result = await job.run(ctx, now);
        ctx.log.debug({ job: job.name, slot, result }, 'job ran');
      } catch (error) {
        outcome = 'failed';
        ctx.log.error({ err: error, job: job.name }, 'job failed');
      }
      await recordOutcome(ctx, claim, outcome);
      options.onJobRun?.({ job: job.name, outcome, seconds: (performance.now() - started) / 1000 });
    }
  };

  const tick = (): Promise<void> => {
    if (isStopped) return Promise.resolve();
    running ??= pass().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    tick,
    start() {
      if (timer || isStopped) return;
      timer = setInterval(() => void tick(), options.intervalMs);
      timer.unref();
      void tick();
    },
    async stop() {
      isStopped = true;
      clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}

/** The start of the interval `now` falls in: the same for every process with the same interval. */
export function slotOf(now: Date, intervalMs: number): string {
  return new Date(Math.floor(now.getTime() / intervalMs) * intervalMs).toISOString();
}

async function recordOutcome(
  ctx: ServiceContext,
  claim: { job: string; slot: string; claimed_by: string },
  outcome: JobRun['outcome'],
): Promise<void> {
  try {
    if (outcome === 'failed') await sharedState.releaseJobSlot(ctx.db, claim);
    else await sharedState.finishJobSlot(ctx.db, claim, { finished_at: iso(ctx.now()), outcome });
  } catch (error) {
    ctx.log.error({ err: error, job: claim.job }, 'could not record the job run');
  }
}
