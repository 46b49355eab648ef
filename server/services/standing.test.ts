import type { KyselyPlugin } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Db } from '../store/database.js';
import type { Dialect } from '../store/dialect.js';
import { rebuildStandings, refreshStandings } from '../store/standings.js';
import { testEngines, useTestServices } from '../test/harness.js';
import { KEY_RESULT_CONDITIONS } from '../test/promise-shapes.js';
import { customerAndPerformer, keptPromise } from '../test/service-factories.js';
import { createCheckIn, getProgress, listCheckIns } from './check-ins.js';
import type { ServiceContext } from './context.js';
import { updateCycle } from './cycles/edit-cycle.js';
import { makeMove } from './promises/make-move.js';
import { getPromise } from './promises/read-promise.js';

/** The projection's rows of the promises (of the organization when no ids are given), in a stable order. */
async function projectionOf(db: Db, organizationId: string, ids?: readonly string[]) {
  const only = ids ?? [];
  const standings = db
    .selectFrom('promise_standings')
    .selectAll()
    .where('organization_id', '=', organizationId);
  const latest = db.selectFrom('key_result_latest').selectAll().where('organization_id', '=', organizationId);
  const points = db
    .selectFrom('promise_score_points')
    .selectAll()
    .where('organization_id', '=', organizationId);
  return {
    standings: await (ids ? standings.where('promise_id', 'in', only) : standings)
      .orderBy('promise_id')
      .execute(),
    latest: await (ids ? latest.where('promise_id', 'in', only) : latest)
      .orderBy('promise_id')
      .orderBy('condition_id')
      .execute(),
    points: await (ids ? points.where('promise_id', 'in', only) : points)
      .orderBy('promise_id')
      .orderBy('at')
      .orderBy('check_in_id')
      .execute(),
  };
}

/** The rows the writes kept equal the rows recomputed from the promise's whole history. */
async function expectAsHistoryGivesIt(ctx: ServiceContext, organizationId: string, promiseId: string) {
  const kept = await projectionOf(ctx.db, organizationId, [promiseId]);
  await refreshStandings(ctx.db, ctx.dialect as Dialect, organizationId, [promiseId]);
  expect(kept).toEqual(await projectionOf(ctx.db, organizationId, [promiseId]));
  return kept;
}

describe.each(testEngines())('the standing kept on write, on %s', (engine) => {
  const s = useTestServices(engine);

  it('scores a check-in on the latest values and records it as the latest, as the history does', async () => {
    s.clock.set('2027-01-04T09:00:00Z');
    const sides = await customerAndPerformer(s.ctx);
    const { promise, conditionIds } = await keptPromise(s.ctx, {
      ...sides,
      checkIns: [{ values: { 0: '40', 1: '900.50' }, status: 'on-track' }],
    });
    s.clock.set('2027-01-11T09:00:00Z');
    const written = await createCheckIn(s.ctx, sides.performer, promise.id, {
      values: [{ conditionId: conditionIds[2]!, done: true }],
      confidence: 4,
      status: 'off-track',
      note: '',
      blockers: '',
    });

    const org = sides.customer.organizationId;
    const kept = await expectAsHistoryGivesIt(s.ctx, org, promise.id);
    const progress = await getProgress(s.ctx, sides.customer, promise.id);
    expect(kept.standings[0]).toMatchObject({
      score: progress.score,
      last_check_in_id: written.id,
      last_check_in_status: 'off-track',
      last_confidence: 4,
      last_check_in_at: '2027-01-11T09:00:00.000Z',
      next_check_in_due: '2027-01-18T09:00:00.000Z',
    });
    expect(kept.latest.map((v) => v.condition_id).sort()).toEqual(conditionIds.slice(0, 3).sort());
    // The promise's making, then one point per check-in; only the latest is still open.
    expect(kept.points.map((p) => p.until_at === null)).toEqual([false, false, true]);
    const summary = await getPromise(s.ctx, sides.customer, promise.id);
    expect(summary).toMatchObject({ score: progress.score, checkInStatus: 'off-track', isStale: false });
  });

  it('scores new terms when a key result is added, changed and removed by renegotiation', async () => {
    s.clock.set('2027-01-04T09:00:00Z');
    const sides = await customerAndPerformer(s.ctx);
    const { promise, conditionIds } = await keptPromise(s.ctx, {
      ...sides,
      checkIns: [{ values: { 0: '50', 2: true } }],
    });
    const org = sides.customer.organizationId;
    const before = (await projectionOf(s.ctx.db, org, [promise.id])).standings[0]!.score;
    const [signups, cost] = promise.terms.conditions;
    const renegotiating = await makeMove(s.ctx, sides.performer, promise.id, {
      act: 'renegotiate',
      version: promise.version,
      changes: {
        conditions: [
          // Signups now aim at 200 (50 of 200 is a quarter), the milestone is dropped, a metric is new.
          {
            id: signups!.id,
            text: signups!.text,
            keyResult: { ...KEY_RESULT_CONDITIONS[0].keyResult, target: '200' },
          },
          { id: cost!.id, text: cost!.text, keyResult: cost!.keyResult },
          {
            text: 'Churn stays under 5 %',
            keyResult: {
              kind: 'metric',
              unitKind: 'percent',
              unit: '%',
              start: '5',
              direction: 'decrease',
              target: '2',
            },
          },
        ],
      },
    });
    const proposed = await getPromise(s.ctx, sides.customer, promise.id);
    await makeMove(s.ctx, sides.customer, promise.id, { act: 'accept-offer', version: proposed.version });
    expect(renegotiating).toBeDefined();

    const kept = await expectAsHistoryGivesIt(s.ctx, org, promise.id);
    const progress = await getProgress(s.ctx, sides.customer, promise.id);
    expect(kept.standings[0]!.score).toBe(progress.score);
    expect(kept.standings[0]!.score).not.toBe(before);
    expect(progress.keyResults.map((k) => k.conditionId)).not.toContain(conditionIds[2]);
  });

  it('moves the next check-in when the cycle changes its cadence, and owes none once revoked', async () => {
    s.clock.set('2027-01-04T09:00:00Z');
    const sides = await customerAndPerformer(s.ctx);
    const { promise } = await keptPromise(s.ctx, { ...sides, checkIns: [{ values: { 0: '10' } }] });
    const org = sides.customer.organizationId;
    expect((await expectAsHistoryGivesIt(s.ctx, org, promise.id)).standings[0]!.next_check_in_due).toMatch(
      /^2027-01-11T09:00/,
    );

    await updateCycle(s.ctx, sides.customer, sides.cycle.id, { checkInCadence: 'monthly' });
    expect((await expectAsHistoryGivesIt(s.ctx, org, promise.id)).standings[0]!.next_check_in_due).toMatch(
      /^2027-02-04T09:00/,
    );

    s.clock.set('2027-03-01T09:00:00Z');
    expect(await getPromise(s.ctx, sides.customer, promise.id)).toMatchObject({ isStale: true });
    const current = await getPromise(s.ctx, sides.customer, promise.id);
    await makeMove(s.ctx, sides.performer, promise.id, {
      act: 'revoke',
      version: current.version,
      reason: { text: 'The team was split' },
    });
    expect((await expectAsHistoryGivesIt(s.ctx, org, promise.id)).standings[0]!.next_check_in_due).toBeNull();
    expect(await getPromise(s.ctx, sides.customer, promise.id)).toMatchObject({ isStale: false });
  });

  it('records concurrent check-ins on one promise one after another, none lost', async () => {
    s.clock.set('2027-01-04T09:00:00Z');
    const sides = await customerAndPerformer(s.ctx);
    const { promise, conditionIds } = await keptPromise(s.ctx, sides);
    const values = ['11', '22', '33', '44', '55', '66', '77', '88'];
    await Promise.all(
      values.map((value) =>
        createCheckIn(s.ctx, sides.performer, promise.id, {
          values: [{ conditionId: conditionIds[0]!, value }],
          confidence: 5,
          status: 'on-track',
          note: value,
          blockers: '',
        }),
      ),
    );

    const org = sides.customer.organizationId;
    const kept = await expectAsHistoryGivesIt(s.ctx, org, promise.id);
    // Newest first, as the promise page lists them.
    const log = (await listCheckIns(s.ctx, sides.customer, promise.id, { limit: 200, offset: 0 })).checkIns;
    expect(log).toHaveLength(values.length);
    expect(kept.points).toHaveLength(values.length + 1);
    expect(kept.points.filter((p) => p.until_at === null)).toHaveLength(1);
    expect(kept.standings[0]!.last_check_in_id).toBe(log[0]!.id);
    expect(kept.latest[0]!.value).toBe(log[0]!.values[0]!.value);
  });

  it("fills in every promise of an organization as the writes kept it (the migration's backfill)", async () => {
    s.clock.set('2027-01-04T09:00:00Z');
    const sides = await customerAndPerformer(s.ctx);
    await keptPromise(s.ctx, { ...sides, checkIns: [{ values: { 0: '30' } }, { values: { 1: '950' } }] });
    await keptPromise(s.ctx, { ...sides, checkIns: [{ values: { 2: true }, status: 'at-risk' }] });
    const org = sides.customer.organizationId;
    const kept = await projectionOf(s.ctx.db, org);
    expect(kept.standings).toHaveLength(2);
    expect(await rebuildStandings(s.ctx.db, s.ctx.dialect, org)).toBe(2);
    expect(await projectionOf(s.ctx.db, org)).toEqual(kept);
  });

  it('writes a check-in without reading the check-in history of its promise', async () => {
    s.clock.set('2027-01-04T09:00:00Z');
    const sides = await customerAndPerformer(s.ctx);
    const { promise, conditionIds } = await keptPromise(s.ctx, {
      ...sides,
      checkIns: [{ values: { 0: '10' } }, { values: { 0: '20' } }, { values: { 1: '990' } }],
    });
    const statements: string[] = [];
    const recorder: KyselyPlugin = {
      transformQuery: ({ node }) => {
        statements.push(s.ctx.db.getExecutor().compileQuery(node, { queryId: 'count' }).sql);
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    const written = await createCheckIn(
      { ...s.ctx, db: s.ctx.db.withPlugin(recorder) },
      sides.performer,
      promise.id,
      {
        values: [{ conditionId: conditionIds[0]!, value: '30' }],
        confidence: 7,
        status: 'on-track',
        note: '',
        blockers: '',
      },
    );
    expect(written.values).toEqual([{ conditionId: conditionIds[0], value: '30', done: null }]);
    const readsHistory = statements.filter((sql) =>
      /^select\b.*\bfrom "(check_ins|check_in_values)"/s.test(sql),
    );
    expect(readsHistory).toEqual([]);
    // The standing's lock (1), the promise and who may check in (4), its cycle, which must be open (1),
    // the check-in and its values (2), the latest values, the standing and the chart's points (5), the
    // cycle's day of scores (1), the webhook subscriptions the event goes to (1), the customer's
    // notification (its channel and the notification itself, 2): no history, whatever its length.
    expect(statements.length).toBeLessThanOrEqual(17);
  });
});
