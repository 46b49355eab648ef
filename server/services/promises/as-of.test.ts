import { describe, expect, it } from 'vitest';
import { type Condition, PromisesQuery } from '../../../contract/promises.js';
import { testEngines, useTestServices } from '../../test/harness.js';
import { customerAndPerformer, promiseIn } from '../../test/service-factories.js';
import { answerDependency, createContribution, createDependency, deleteContribution } from '../alignment.js';
import { createCheckIn, getProgress } from '../check-ins.js';
import { getDashboard } from '../dashboard.js';
import { makeMove } from './make-move.js';
import { getPromise, listPromises } from './read-promise.js';

const signups = (target: string) => ({
  kind: 'metric' as const,
  unitKind: 'number' as const,
  unit: 'signups',
  start: '0',
  direction: 'increase' as const,
  target,
});

describe.each(testEngines())('a promise as it stood at a past moment, on %s', (engine) => {
  const s = useTestServices(engine);

  /**
   * In FY2027-Q1 (weekly check-ins): asked for 100 signups on Jan 4, countered at 80 and agreed on
   * Jan 5, linked on Jan 6 and 7, checked in at 40 on Jan 8, a link removed on Jan 9, renegotiated
   * to 160 on Jan 12 and agreed on Jan 13; read on Jan 25.
   */
  async function history() {
    s.clock.set('2026-12-01T09:00:00Z');
    const { customer, performer, cycle } = await customerAndPerformer(s.ctx);
    const other = await promiseIn(s.ctx, 'promised', {
      customer,
      performer,
      cycle,
      body: { title: 'Other' },
    });
    s.clock.set('2027-01-04T09:00:00Z');
    const asked = await promiseIn(s.ctx, 'requested', {
      customer,
      performer,
      cycle,
      body: { title: 'Grow signups', conditions: [{ text: 'Signups', keyResult: signups('100') }] },
    });
    const [condition] = asked.terms.conditions as Condition[];
    const id = asked.id;
    s.clock.set('2027-01-05T09:00:00Z');
    await makeMove(s.ctx, performer, id, {
      act: 'counter',
      version: asked.version,
      changes: { conditions: [{ id: condition!.id, text: 'Signups', keyResult: signups('80') }] },
    });
    s.clock.set('2027-01-05T10:00:00Z');
    await makeMove(s.ctx, customer, id, { act: 'accept-offer', version: asked.version + 1 });
    s.clock.set('2027-01-06T09:00:00Z');
    const link = await createContribution(s.ctx, performer, {
      fromPromiseId: other.id,
      toPromiseId: id,
      weight: 1,
    });
    s.clock.set('2027-01-07T09:00:00Z');
    const dependency = await createDependency(s.ctx, performer, {
      promiseId: id,
      supplierPromiseId: other.id,
      note: 'needs it',
    });
    s.clock.set('2027-01-07T15:00:00Z');
    await answerDependency(s.ctx, performer, dependency.id, { answer: 'acknowledge' });
    s.clock.set('2027-01-08T09:00:00Z');
    await createCheckIn(s.ctx, performer, id, {
      values: [{ conditionId: condition!.id, value: '40' }],
      confidence: 6,
      status: 'at-risk',
      note: '',
      blockers: '',
    });
    s.clock.set('2027-01-09T09:00:00Z');
    await deleteContribution(s.ctx, performer, link.id);
    s.clock.set('2027-01-12T09:00:00Z');
    const agreed = await getPromise(s.ctx, customer, id);
    await makeMove(s.ctx, performer, id, {
      act: 'renegotiate',
      version: agreed.version,
      changes: { conditions: [{ id: condition!.id, text: 'Signups', keyResult: signups('160') }] },
    });
    s.clock.set('2027-01-13T09:00:00Z');
    await makeMove(s.ctx, customer, id, { act: 'accept-offer', version: agreed.version + 1 });
    s.clock.set('2027-01-25T09:00:00Z');
    return { customer, id, other };
  }

  it('shows the score, check-in status, staleness, terms and links of each moment', async () => {
    const { customer, id, other } = await history();
    const at = (day: string) => getPromise(s.ctx, customer, id, `2027-01-${day}T12:00:00Z`);
    const target = (p: Awaited<ReturnType<typeof at>>) =>
      (p.terms.conditions[0]!.keyResult as { target: string }).target;

    const asked = await at('04');
    expect(asked).toMatchObject({ status: 'requested', checkInStatus: null, isStale: false });
    expect(asked.score).not.toBe(1);
    expect(target(asked)).toBe('100');

    // Agreed on the countered terms, before any check-in: neither scored as done nor on track.
    const agreed = await at('05');
    expect(agreed).toMatchObject({ status: 'promised', checkInStatus: null, isStale: false, score: 0 });
    expect(target(agreed)).toBe('80');
    expect(agreed.contributedBy).toEqual([]);
    expect(agreed.dependsOn).toEqual([]);

    const linked = await at('07');
    expect(linked.contributedBy.map((c) => c.from.id)).toEqual([other.id]);
    expect(linked.dependsOn.map((d) => d.supplierPromise?.id)).toEqual([other.id]);
    // Acknowledged that afternoon: at noon it was still proposed.
    expect(linked.dependsOn[0]).toMatchObject({ state: 'proposed', answeredAt: null });
    expect((await at('08')).dependsOn[0]).toMatchObject({ state: 'acknowledged' });

    const checkedIn = await at('08');
    expect(checkedIn).toMatchObject({ score: 0.5, checkInStatus: 'at-risk', isStale: false });

    const unlinked = await at('09');
    expect(unlinked.contributedBy).toEqual([]);
    expect(unlinked.dependsOn).toHaveLength(1);

    // Renegotiating, the terms in force are still the agreed ones; once agreed, the new target scores.
    expect(await at('12')).toMatchObject({ score: 0.5 });
    const renegotiated = await at('13');
    expect(renegotiated).toMatchObject({ score: 0.25, isStale: false });
    expect(target(renegotiated)).toBe('160');
    // A week after the check-in it was overdue.
    expect(await at('16')).toMatchObject({ isStale: true, checkInStatus: 'at-risk' });
  });

  it('shows the progress of each moment: values, score and roll-up from the check-ins up to then', async () => {
    const { customer, id } = await history();
    const at = (day: string) => getProgress(s.ctx, customer, id, `2027-01-${day}T12:00:00Z`);

    const before = await at('07');
    expect(before).toMatchObject({ score: 0, lastCheckInAt: null, isStale: false });
    expect(before.keyResults[0]).toMatchObject({ current: null, series: [] });
    // The other promise contributed then, and has no check-in: it counts in the roll-up.
    expect(before.rolledUpScore).not.toBeNull();

    const after = await at('08');
    expect(after).toMatchObject({ score: 0.5, lastCheckInAt: '2027-01-08T09:00:00.000Z' });
    expect(after.keyResults[0]).toMatchObject({ current: '40' });
    expect((await at('13')).score).toBe(0.25);
    expect((await at('16')).isStale).toBe(true);
    await expect(getProgress(s.ctx, customer, id, '2027-01-03T12:00:00Z')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('lists the promises made by a moment, each with its state and score then', async () => {
    const { customer, id, other } = await history();
    const list = (query: Record<string, unknown>) =>
      listPromises(s.ctx, customer, PromisesQuery.parse(query));

    const beforeAsked = await list({ at: '2027-01-04T08:00:00Z' });
    expect(beforeAsked.promises.map((p) => p.id)).toEqual([other.id]);
    expect(beforeAsked.total).toBe(1);

    const asked = await list({ at: '2027-01-04T12:00:00Z' });
    expect(asked.promises.find((p) => p.id === id)).toMatchObject({
      status: 'requested',
      phase: 'negotiate',
    });
    const checkedIn = await list({ at: '2027-01-08T12:00:00Z' });
    expect(checkedIn.promises.find((p) => p.id === id)).toMatchObject({
      status: 'promised',
      score: 0.5,
      checkInStatus: 'at-risk',
    });
    expect((await list({})).promises.find((p) => p.id === id)).toMatchObject({ score: 0.25 });

    await expect(list({ at: '2027-01-08T12:00:00Z', status: 'promised', tag: 'x' })).rejects.toMatchObject({
      code: 'validation_failed',
      message: expect.stringContaining('status, tag'),
    });
  });

  it('charts each past week against the terms in force then, up to today', async () => {
    const { customer, id } = await history();
    const promise = await getPromise(s.ctx, customer, id);
    const dashboard = await getDashboard(s.ctx, customer, { cycleId: promise.cycle.id });
    // Checked in at 40 of 80 on Jan 8, renegotiated to 160 on Jan 13; today is Jan 25.
    expect(dashboard.progressOverTime).toEqual([
      { date: '2027-01-01', averageScore: null },
      { date: '2027-01-08', averageScore: 0.5 },
      { date: '2027-01-15', averageScore: 0.25 },
      { date: '2027-01-22', averageScore: 0.25 },
      { date: '2027-01-25', averageScore: 0.25 },
    ]);
  });
});
