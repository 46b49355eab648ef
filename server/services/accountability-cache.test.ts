import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { AccountabilitySummary } from '../../contract/accountability.js';
import { createKeptSummaries } from './accountability-cache.js';
import { createChangeBus } from './changes.js';

const ORG = 'org-1';
const OTHER = 'org-2';

/** Summaries told apart by how many times they were counted. */
function counter() {
  let times = 0;
  const count = async (): Promise<AccountabilitySummary> => {
    times += 1;
    return summaryOf(times);
  };
  return { count, times: () => times };
}

const summaryOf = (promises: number): AccountabilitySummary => ({
  promises,
  units: [],
  links: [],
  linksTotal: 0,
  truncated: false,
});
const promisesIn = (summary: AccountabilitySummary) => summary.promises;

describe('the map summaries kept between changes', () => {
  const setup = (options: { capacity?: number; now?: () => number } = {}) => {
    const bus = createChangeBus({ log: pino({ level: 'silent' }) });
    return { bus, cache: createKeptSummaries(bus, { maxAgeMs: 60_000, ...options }) };
  };

  it('counts a scope once until a change of its organization that the map counts', async () => {
    const { bus, cache } = setup();
    const { count, times } = counter();
    expect(promisesIn(await cache.get(ORG, 'q', count))).toBe(1);
    expect(promisesIn(await cache.get(ORG, 'q', count))).toBe(1);
    // Another scope is counted on its own.
    expect(promisesIn(await cache.get(ORG, 'year', count))).toBe(2);
    // Check-ins, findings and another organization's moves leave the map as it is.
    bus.publish({ kind: 'check-in-written', organizationId: ORG, promiseId: 'p' });
    bus.publish({ kind: 'findings-changed', organizationId: ORG });
    bus.publish({ kind: 'promise-moved', organizationId: OTHER, promiseId: 'p' });
    expect(promisesIn(await cache.get(ORG, 'q', count))).toBe(1);
    expect(times()).toBe(2);

    for (const change of [
      { kind: 'promise-moved', organizationId: ORG, promiseId: 'p' },
      { kind: 'plan-changed', organizationId: ORG },
      { kind: 'membership-changed', organizationId: ORG, personIds: ['x'] as string[] },
      { kind: 'resync', organizationId: null },
    ] as const) {
      const before = times();
      bus.publish(change);
      expect(promisesIn(await cache.get(ORG, 'q', count)), change.kind).toBe(before + 1);
      expect(promisesIn(await cache.get(ORG, 'q', count)), change.kind).toBe(before + 1);
    }
  });

  it('shares a count under way, and keeps none that a change overtook', async () => {
    const { bus, cache } = setup();
    let release: () => void = () => {};
    let times = 0;
    const slow = () =>
      new Promise<AccountabilitySummary>((resolve) => {
        times += 1;
        const n = times;
        release = () => resolve(summaryOf(n));
      });
    const first = cache.get(ORG, 'q', slow);
    const second = cache.get(ORG, 'q', slow);
    expect(times).toBe(1);
    // A move lands while counting: whoever asked before it gets the count under way, not kept.
    bus.publish({ kind: 'promise-moved', organizationId: ORG, promiseId: 'p' });
    release();
    expect(promisesIn(await first)).toBe(1);
    expect(promisesIn(await second)).toBe(1);
    const third = cache.get(ORG, 'q', slow);
    expect(times).toBe(2);
    release();
    expect(promisesIn(await third)).toBe(2);
  });

  it('forgets a count that failed, and the least recently used past its capacity', async () => {
    const { cache } = setup({ capacity: 2 });
    await expect(cache.get(ORG, 'q', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    const { count, times } = counter();
    expect(promisesIn(await cache.get(ORG, 'q', count))).toBe(1);
    await cache.get(ORG, 'year', count);
    await cache.get(ORG, 'q', count);
    await cache.get(ORG, 'horizon', count);
    expect(times()).toBe(3);
    // 'year' was the least recently used when 'horizon' came: counted again; 'horizon' is still kept.
    await cache.get(ORG, 'year', count);
    await cache.get(ORG, 'horizon', count);
    expect(times()).toBe(4);
  });

  it('counts again a summary older than its longest age, changes or not', async () => {
    let clock = 0;
    const { cache } = setup({ now: () => clock });
    const { count, times } = counter();
    await cache.get(ORG, 'q', count);
    clock = 59_999;
    await cache.get(ORG, 'q', count);
    expect(times()).toBe(1);
    clock = 60_000;
    expect(promisesIn(await cache.get(ORG, 'q', count))).toBe(2);
  });
});
