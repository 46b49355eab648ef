import { describe, expect, it } from 'vitest';
import type { Condition } from '../../contract/promises.js';
import { testEngines, useTestServices } from '../test/harness.js';
import { customerAndPerformer, promiseIn } from '../test/service-factories.js';
import { createCheckIn } from './check-ins.js';
import { getDashboard } from './dashboard.js';
import { makeMove } from './promises/make-move.js';
import { getPromise } from './promises/read-promise.js';

/** The same chart, score by score, up to the rounding of a sum kept in another order. */
function expectSameChart(
  chart: ReadonlyArray<{ date: string; averageScore: number | null }>,
  expected: ReadonlyArray<{ date: string; averageScore: number | null }>,
) {
  expect(chart.map((p) => p.date)).toEqual(expected.map((p) => p.date));
  chart.forEach((point, index) => {
    const score = expected[index]!.averageScore;
    if (score === null) expect(point.averageScore, point.date).toBeNull();
    else expect(point.averageScore, point.date).toBeCloseTo(score, 9);
  });
}

const signups = {
  kind: 'metric' as const,
  unitKind: 'number' as const,
  unit: 'signups',
  start: '0',
  direction: 'increase' as const,
  target: '100',
};

/**
 * The organization's weekly chart is summed from cycle_score_days (0038), kept on write; a person's
 * is summed from the score points of their promises. Where both hold the same promises they must
 * draw the same chart: now, and as of a moment in the middle of a day of check-ins.
 */
describe.each(testEngines())("the organization's weekly score chart on %s", (engine) => {
  const s = useTestServices(engine);

  it('charts a cycle from its days as from its points: check-ins the same day, an ended promise, a past moment', async () => {
    s.clock.set('2027-01-04T09:00:00Z');
    const { customer, performer, cycle } = await customerAndPerformer(s.ctx);
    const open = (title: string) =>
      promiseIn(s.ctx, 'promised', {
        customer,
        performer,
        cycle,
        body: { title, conditions: [{ text: 'Signups', keyResult: signups }] },
      });
    const [a, b, c] = [await open('A'), await open('B'), await open('C')];
    const checkIn = async (id: string, at: string, value: string) => {
      s.clock.set(at);
      const [condition] = (await getPromise(s.ctx, performer, id)).terms.conditions as Condition[];
      await createCheckIn(s.ctx, performer, id, {
        values: [{ conditionId: condition!.id, value }],
        confidence: 6,
        status: 'on-track',
        note: '',
        blockers: '',
      });
    };
    await checkIn(a.id, '2027-01-08T09:00:00Z', '40');
    await checkIn(b.id, '2027-01-08T10:00:00Z', '20');
    await checkIn(c.id, '2027-01-08T11:00:00Z', '90');
    await checkIn(a.id, '2027-01-08T15:00:00Z', '60');
    await checkIn(b.id, '2027-01-12T10:00:00Z', '50');
    await checkIn(c.id, '2027-01-13T10:00:00Z', '100');
    // C ends: its points leave every week of the chart, as they leave the person's.
    s.clock.set('2027-01-14T09:00:00Z');
    const ended = await getPromise(s.ctx, customer, c.id);
    await makeMove(s.ctx, customer, c.id, {
      act: 'withdraw',
      version: ended.version,
      reason: { text: 'No longer needed' },
    });
    s.clock.set('2027-01-20T12:00:00Z');

    const charts = async (at?: string) => {
      const of = async (scope: { cycleId?: string; personId?: string }) =>
        (await getDashboard(s.ctx, customer, { ...scope, ...(at ? { at } : {}) })).progressOverTime;
      return { cycle: await of({ cycleId: cycle.id }), person: await of({ personId: performer.personId }) };
    };
    const now = await charts();
    expectSameChart(now.cycle, now.person);
    // Jan 8: A at 60%, B at 20% (C withdrawn since); Jan 15: A at 60%, B at 50%.
    expect(now.cycle.slice(0, 4)).toEqual([
      { date: '2027-01-01', averageScore: null },
      { date: '2027-01-08', averageScore: expect.closeTo(0.4, 9) },
      { date: '2027-01-15', averageScore: expect.closeTo(0.55, 9) },
      { date: '2027-01-20', averageScore: expect.closeTo(0.55, 9) },
    ]);

    // At noon on Jan 8, A's second check-in (15:00) had not happened; C, withdrawn now, is left out.
    const noon = await charts('2027-01-08T12:00:00.000Z');
    expectSameChart(noon.cycle, noon.person);
    expect(noon.cycle.at(-1)).toEqual({ date: '2027-01-08', averageScore: expect.closeTo(0.3, 9) });
    const rows = await s.ctx.db
      .selectFrom('cycle_score_days')
      .selectAll()
      .where('organization_id', '=', customer.organizationId)
      .execute();
    // The days the points start or end on: the promises' making (scored 0), then the check-ins.
    expect(rows.map((r) => r.day).sort()).toEqual(['2027-01-04', '2027-01-08', '2027-01-12', '2027-01-13']);
  });
});
