import { performance } from 'node:perf_hooks';
import type { ServiceContext } from '../services/context.js';
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
   */
  tick(): Promise<void>;
  /** A first pass now, then one every interval; the timer never keeps the process alive. */
  start(): void;
  /** No pass starts after this; resolves once the pass under way, if any, is done. */
  stop(): Promise<void>;
}

export function createScheduler(
  ctx: ServiceContext,
  options: { jobs: readonly Job[]; intervalMs: number; onJobRun?: (run: JobRun) => void },
): Scheduler {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let isStopped = false;

  const pass = async () => {
    const now = ctx.now();
    for (const job of options.jobs) {
      const started = performance.now();
      let outcome: JobRun['outcome'] = 'succeeded';
      try {
        const result = await job.run(ctx, now);
        ctx.log.debug({ job: job.name, result }, 'job ran');
      } catch (error) {
        outcome = 'failed';
        ctx.log.error({ err: error, job: job.name }, 'job failed');
      }
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
