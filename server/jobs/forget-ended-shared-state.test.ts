import { describe, expect, it } from 'vitest';
import { countAttempt } from '../services/rate-limits.js';
import { claimJobSlot, listJobRuns } from '../store/shared-state.js';
import { testEngines, unique, useTestServices } from '../test/harness.js';
import { forgetEndedSharedState } from './forget-ended-shared-state.js';

/**
 * The job forgets for every test sharing the PostgreSQL database, so this one lives in 2020: before
 * the wall clock other tests count by and the years they set their clocks to, it forgets only its own.
 */
describe.each(testEngines())('forgetting ended shared state on %s', (engine) => {
  const s = useTestServices(engine);

  it('forgets ended rate-limit windows and job slots older than a week, and keeps the rest', async () => {
    const ended = unique('ended');
    const open = unique('open');
    s.clock.set('2020-01-01T10:00:00.000Z');
    await countAttempt(s.ctx, ended, 60_000);
    await countAttempt(s.ctx, ended, 60_000);
    s.clock.set('2020-01-01T10:30:00.000Z');
    await countAttempt(s.ctx, open, 3_600_000);
    const job = unique('job');
    for (const slot of ['2019-12-20T10:00:00.000Z', '2019-12-30T10:00:00.000Z']) {
      await claimJobSlot(s.ctx.db, { job, slot, claimed_by: 'test', claimed_at: slot });
    }

    const forgotten = await forgetEndedSharedState(s.ctx, new Date('2020-01-01T10:30:00.000Z'));
    expect(forgotten.rateLimitWindows).toBeGreaterThanOrEqual(1);
    expect(forgotten.jobRuns).toBeGreaterThanOrEqual(1);
    expect((await listJobRuns(s.ctx.db, job)).map((run) => run.slot)).toEqual(['2019-12-30T10:00:00.000Z']);
    // The ended key starts a new window at one; the open one goes on counting.
    expect((await countAttempt(s.ctx, ended, 60_000)).current).toBe(1);
    expect((await countAttempt(s.ctx, open, 3_600_000)).current).toBe(2);
  });
});
