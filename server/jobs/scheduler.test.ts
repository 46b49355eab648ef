import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.js';
import type { ServiceContext } from '../services/context.js';
import { listJobRuns } from '../store/shared-state.js';
import {
  createTestServices,
  type TestServices,
  testEngines,
  unique,
  useTestServices,
} from '../test/harness.js';
import type { Job } from './job.js';
import { createScheduler, type JobRun } from './scheduler.js';

/** A job that records each moment it runs for, and finishes when the test lets it. */
function recordingJob(name = 'record') {
  const runs: string[] = [];
  const pending: Array<() => void> = [];
  const job: Job = {
    name,
    run: (_ctx: ServiceContext, now: Date) => {
      runs.push(now.toISOString());
      return new Promise<void>((resolve) => pending.push(resolve));
    },
  };
  const finishAll = () => {
    for (const finish of pending.splice(0)) finish();
  };
  return { job, runs, finishAll };
}

describe('the job scheduler', () => {
  let services: TestServices;
  beforeAll(async () => {
    services = await createTestServices('sqlite', { jobIntervalMs: 60_000 });
  });
  afterEach(() => {
    services.clock.reset();
    vi.useRealTimers();
  });
  afterAll(() => services.close());

  it('runs every job for the moment of its pass, and never two passes at once', async () => {
    const first = recordingJob('first');
    const second = recordingJob('second');
    const scheduler = createScheduler(services.ctx, { jobs: [first.job, second.job], intervalMs: 60_000 });
    services.clock.set('2031-01-05T08:00:00.000Z');
    const pass = scheduler.tick();
    // A tick while the pass is under way joins it.
    expect(scheduler.tick()).toBe(pass);
    // Each job runs once its slot is claimed in the database.
    await vi.waitUntil(() => first.runs.length === 1);
    first.finishAll();
    await vi.waitUntil(() => second.runs.length === 1);
    second.finishAll();
    await pass;
    expect(first.runs).toEqual(['2031-01-05T08:00:00.000Z']);
    expect(second.runs).toEqual(['2031-01-05T08:00:00.000Z']);

    services.clock.set('2031-01-05T08:10:00.000Z');
    const next = scheduler.tick();
    expect(next).not.toBe(pass);
    await vi.waitUntil(() => first.runs.length === 2);
    first.finishAll();
    await vi.waitUntil(() => second.runs.length === 2);
    second.finishAll();
    await next;
    expect(first.runs).toEqual(['2031-01-05T08:00:00.000Z', '2031-01-05T08:10:00.000Z']);
    await scheduler.stop();
  });

  it('runs the other jobs when one fails', async () => {
    const failing: Job = { name: 'fails', run: () => Promise.reject(new Error('the database is away')) };
    const after = recordingJob('after');
    const scheduler = createScheduler(services.ctx, { jobs: [failing, after.job], intervalMs: 60_000 });
    const pass = scheduler.tick();
    await vi.waitUntil(() => after.runs.length === 1);
    after.finishAll();
    await expect(pass).resolves.toBeUndefined();
    await scheduler.stop();
  });

  it('tells its watcher how each job of a pass ended', async () => {
    const failing: Job = { name: 'fails', run: () => Promise.reject(new Error('the database is away')) };
    const succeeding: Job = { name: 'succeeds', run: async () => 'done' };
    const runs: JobRun[] = [];
    const scheduler = createScheduler(services.ctx, {
      jobs: [failing, succeeding],
      intervalMs: 60_000,
      onJobRun: (run) => runs.push(run),
    });
    await scheduler.tick();
    expect(runs.map(({ job, outcome }) => ({ job, outcome }))).toEqual([
      { job: 'fails', outcome: 'failed' },
      { job: 'succeeds', outcome: 'succeeded' },
    ]);
    expect(runs.every((run) => run.seconds >= 0)).toBe(true);
    await scheduler.stop();
  });

  it('waits for the pass under way when stopped, and starts none after', async () => {
    const job = recordingJob();
    const scheduler = createScheduler(services.ctx, { jobs: [job.job], intervalMs: 60_000 });
    void scheduler.tick();
    let isStopped = false;
    const stopping = scheduler.stop().then(() => {
      isStopped = true;
    });
    await Promise.resolve();
    expect(isStopped).toBe(false);
    await vi.waitUntil(() => job.runs.length === 1);
    expect(isStopped).toBe(false);
    job.finishAll();
    await stopping;
    await scheduler.tick();
    expect(job.runs).toHaveLength(1);
  });

  it('runs in the server from when it is ready, every interval, until it closes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const runs: string[] = [];
    const job: Job = {
      name: 'count',
      run: async (_ctx, now) => {
        runs.push(now.toISOString());
      },
    };
    services.clock.set('2031-01-05T08:00:00.000Z');
    const app = await buildApp(services.ctx, { logger: services.ctx.log, jobs: [job] });
    expect(runs).toEqual([]);
    await app.ready();
    expect(runs).toHaveLength(1);
    // Each pass runs for the slot its moment falls in: the clock moves on with the timer.
    services.clock.set('2031-01-05T08:01:00.000Z');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toHaveLength(2);
    services.clock.set('2031-01-05T08:02:00.000Z');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toHaveLength(3);
    await app.close();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(180_000);
    expect(runs).toHaveLength(3);
  });
});

describe.each(testEngines())('jobs across processes on %s', (engine) => {
  const s = useTestServices(engine);

  it('runs each job once per time slot, whichever of two schedulers on one database ticks', async () => {
    const runs: string[] = [];
    const job: Job = {
      name: unique('once'),
      run: async (_ctx, now) => {
        runs.push(now.toISOString());
      },
    };
    // Two processes' schedulers: the same jobs and interval, each its own claimant.
    const first = createScheduler(s.ctx, { jobs: [job], intervalMs: 60_000, claimedBy: 'first' });
    const second = createScheduler(s.ctx, { jobs: [job], intervalMs: 60_000, claimedBy: 'second' });
    s.clock.set('2031-01-05T08:00:10.000Z');
    await Promise.all([first.tick(), second.tick()]);
    s.clock.set('2031-01-05T08:00:50.000Z');
    await Promise.all([second.tick(), first.tick()]);
    // Each reading of the test clock moves it a millisecond, and either scheduler may win the claim:
    // the second of the run says which tick ran it.
    const seconds = () => runs.map((at) => at.slice(0, 19));
    expect(seconds()).toEqual(['2031-01-05T08:00:10']);

    s.clock.set('2031-01-05T08:01:00.000Z');
    await Promise.all([second.tick(), first.tick()]);
    expect(seconds()).toEqual(['2031-01-05T08:00:10', '2031-01-05T08:01:00']);
    const recorded = await listJobRuns(s.ctx.db, job.name);
    expect(recorded.map((run) => [run.slot, run.outcome])).toEqual([
      ['2031-01-05T08:00:00.000Z', 'succeeded'],
      ['2031-01-05T08:01:00.000Z', 'succeeded'],
    ]);
    await Promise.all([first.stop(), second.stop()]);
  });

  it('gives a failed slot back, so that another process retries it', async () => {
    let attempts = 0;
    const job: Job = {
      name: unique('flaky'),
      run: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('the mail server is away');
      },
    };
    const first = createScheduler(s.ctx, { jobs: [job], intervalMs: 60_000, claimedBy: 'first' });
    const second = createScheduler(s.ctx, { jobs: [job], intervalMs: 60_000, claimedBy: 'second' });
    s.clock.set('2031-01-05T09:00:00.000Z');
    await first.tick();
    await second.tick();
    await first.tick();
    expect(attempts).toBe(2);
    expect((await listJobRuns(s.ctx.db, job.name)).map((run) => [run.claimed_by, run.outcome])).toEqual([
      ['second', 'succeeded'],
    ]);
    await Promise.all([first.stop(), second.stop()]);
  });
});
