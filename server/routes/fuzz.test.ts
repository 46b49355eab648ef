import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpoints } from '../../contract/endpoints/index.js';
import { fuzzRequests } from '../test/fuzz/requests.js';
import { formatSummary, fuzz } from '../test/fuzz/run.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';

/*
 * The contract fuzzer (issue 10): requests generated from every endpoint's schemas, valid and broken,
 * sent by every kind of caller. In the suite it sends a few hundred per engine from a fixed seed;
 * `npm run fuzz` sends 100,000 (ACCORD_FUZZ_REQUESTS, ACCORD_FUZZ_SEED to replay a run).
 */
const isLongRun = process.env.ACCORD_FUZZ_REQUESTS !== undefined;
const requests = Number(process.env.ACCORD_FUZZ_REQUESTS ?? 300);
const seed = Number(process.env.ACCORD_FUZZ_SEED ?? 20261207);
/** A long run makes a fresh organization now and then, so successes do not wear the seeded one out. */
const worldEvery = Number(process.env.ACCORD_FUZZ_WORLD_EVERY ?? 2_000);

describe.each(testEngines())('the contract fuzzer on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it(
    'answers every request with a 2xx or a 4xx in the error shape, and a refusal changes nothing',
    async () => {
      const summary = await fuzz(t, {
        seed,
        requests,
        worldEvery,
        progress: (done) => {
          if (isLongRun) console.log(`fuzz on ${engine}: ${done} of ${requests}`);
        },
      });
      if (isLongRun) console.log(formatSummary(summary, engine));
      expect(summary.requests).toBe(requests);
      expect(summary.failures, formatSummary(summary, engine)).toEqual([]);
    },
    // About 10 ms a request on SQLite and 50 on PostgreSQL, with room; a minute to seed the organizations.
    requests * (engine === 'sqlite' ? 30 : 150) + 60_000,
  );
});

it('draws requests for every endpoint of the contract', () => {
  // Not a fuzz run: the generator alone, to show that no endpoint is left out of the draw.
  const world = {
    organizationIds: [],
    headers: { owner: {}, admin: {}, member: {}, viewer: {}, stranger: {}, anonymous: {}, forged: {} },
    ownIds: ['00000000-0000-7000-8000-000000000000'],
    idsByKind: {},
    foreignIds: [],
  };
  const drawn = new Set(
    fc.sample(fuzzRequests(endpoints, world), { seed, numRuns: 1_500 }).map((r) => r.operationId),
  );
  expect([...drawn].sort()).toEqual(endpoints.map((e) => e.operationId).sort());
});
