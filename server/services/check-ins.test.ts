import { describe, expect, it } from 'vitest';
import { testEngines, useTestServices } from '../test/harness.js';
import { addMember, customerAndPerformer, keptPromise, promiseIn } from '../test/service-factories.js';
import { answerCheckIn, createCheckIn, getProgress, listCheckIns } from './check-ins.js';

const firstPage = { limit: 50, offset: 0 };
describe.each(testEngines())('check-ins and progress on %s', (engine) => {
  const s = useTestServices(engine);

  it('scores a promise from the latest values, weighted, keeping each value with its time', async () => {
    s.clock.set('2027-01-04T09:00:00Z');
    const sides = await customerAndPerformer(s.ctx);
    const first = { values: { 0: '40', 1: '900.50' }, confidence: 6, status: 'at-risk' as const };
    const { promise, conditionIds } = await keptPromise(s.ctx, { ...sides, checkIns: [first] });
    s.clock.set('2027-01-11T09:00:00Z');
    const [signups, cost, pricing] = conditionIds;
    await createCheckIn(s.ctx, sides.performer, promise.id, {
      values: [
        { conditionId: signups!, value: '70' },
        { conditionId: pricing!, done: true },
      ],
      confidence: 8,
      status: 'on-track',
      note: 'Pricing page shipped',
      blockers: '',
    });

    const progress = await getProgress(s.ctx, sides.customer, promise.id);
    const bySignups = progress.keyResults.find((k) => k.conditionId === signups);
    expect(bySignups?.series).toEqual([
      { at: expect.stringMatching(/^2027-01-04T09:00/), value: '40' },
      { at: expect.stringMatching(/^2027-01-11T09:00/), value: '70' },
    ]);
    expect(progress.keyResults.find((k) => k.conditionId === cost)).toMatchObject({ current: '900.50' });
    // (0.7 for signups + 0.4975 for the cost, weighed twice, + 1 for the milestone) / 4
    expect(progress.score).toBeCloseTo((0.7 + 0.4975 * 2 + 1) / 4);
    expect(progress.confidence.map((c) => [c.confidence, c.status])).toEqual([
      [6, 'at-risk'],
      [8, 'on-track'],
    ]);
    expect(progress.lastCheckInAt).toMatch(/^2027-01-11T09:00/);
  });

  it('answers a check-in with the row as it is read back, without re-reading the history', async () => {
    s.clock.set('2027-01-04T09:00:00Z');
    const sides = await customerAndPerformer(s.ctx);
    const { promise, conditionIds } = await keptPromise(s.ctx, {
      ...sides,
      checkIns: [{ values: { 0: '10' } }, { values: { 0: '20' } }],
    });
    s.clock.set('2027-01-11T09:00:00Z');
    const [signups, , pricing] = conditionIds;
    const written = await createCheckIn(s.ctx, sides.performer, promise.id, {
      values: [
        { conditionId: signups!, value: '70.50' },
        { conditionId: pricing!, done: false },
      ],
      confidence: 8,
      status: 'on-track',
      note: 'Halfway',
      blockers: 'none',
    });
    const listed = await listCheckIns(s.ctx, sides.customer, promise.id, firstPage);
    expect(listed.total).toBe(3);
    expect(listed.checkIns).toHaveLength(3);
    // Newest first.
    expect(written).toEqual(listed.checkIns[0]);
    expect(written).toMatchObject({
      promiseId: promise.id,
      person: { id: sides.performer.personId, name: sides.performer.name },
      at: '2027-01-11T09:00:00.000Z',
      answers: [],
    });
    expect(written.values).toEqual(
      expect.arrayContaining([
        { conditionId: signups, value: '70.50', done: null },
        { conditionId: pricing, value: null, done: false },
      ]),
    );
  });

  it('falls stale when a cadence passes without a check-in, counted from the start of the cycle', async () => {
    // Agreed in December: the weekly clock starts with the quarter, on 2027-01-01.
    s.clock.set('2026-12-14T09:00:00Z');
    const sides = await customerAndPerformer(s.ctx);
    const { promise } = await keptPromise(s.ctx, sides);
    s.clock.set('2027-01-06T09:00:00Z');
    expect(await getProgress(s.ctx, sides.performer, promise.id)).toMatchObject({ isStale: false });
    s.clock.set('2027-01-10T09:00:00Z');
    expect(await getProgress(s.ctx, sides.performer, promise.id)).toMatchObject({ isStale: true });

    // A check-in restarts the clock: fresh again, until a week has passed.
    await createCheckIn(s.ctx, sides.performer, promise.id, {
      values: [],
      confidence: 5,
      status: 'on-track',
      note: '',
      blockers: '',
    });
    expect(await getProgress(s.ctx, sides.performer, promise.id)).toMatchObject({ isStale: false });
    s.clock.advance({ days: 8 });
    expect(await getProgress(s.ctx, sides.performer, promise.id)).toMatchObject({ isStale: true });
  });

  it('lets the customer, and only the customer, answer a check-in', async () => {
    const sides = await customerAndPerformer(s.ctx);
    const { promise, checkIns } = await keptPromise(s.ctx, {
      ...sides,
      checkIns: [{ confidence: 4, status: 'off-track', blockers: 'No budget' }],
    });
    const checkInId = checkIns[0]!.id;
    await expect(
      answerCheckIn(s.ctx, sides.performer, checkInId, { kind: 'acknowledge', text: '' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const answered = await answerCheckIn(s.ctx, sides.customer, checkInId, {
      kind: 'offer-help',
      text: 'I will find budget',
    });
    expect(answered.answers.map((a) => [a.kind, a.text, a.person.id])).toEqual([
      ['offer-help', 'I will find budget', sides.customer.personId],
    ]);
    const seenByPerformer = await listCheckIns(s.ctx, sides.performer, promise.id, firstPage);
    expect(seenByPerformer.checkIns.find((c) => c.id === answered.id)?.answers).toHaveLength(1);
  });

  it('takes check-ins only from the performer of a promise being kept, and records nothing else', async () => {
    const sides = await customerAndPerformer(s.ctx);
    const bystander = await addMember(s.ctx, sides.customer, 'member', 'bystander');
    const { promise, conditionIds } = await keptPromise(s.ctx, sides);
    const body = (values: Parameters<typeof createCheckIn>[3]['values']) => ({
      values,
      confidence: 5,
      status: 'on-track' as const,
      note: '',
      blockers: '',
    });
    const [signups, , pricing, plain] = conditionIds;
    const refusals: Array<[typeof sides.customer, Parameters<typeof createCheckIn>[3], string]> = [
      [sides.customer, body([]), 'forbidden'],
      [bystander, body([]), 'forbidden'],
      [sides.performer, body([{ conditionId: pricing!, value: '3' }]), 'validation_failed'],
      [sides.performer, body([{ conditionId: signups!, done: true }]), 'validation_failed'],
      [sides.performer, body([{ conditionId: plain!, value: '3' }]), 'validation_failed'],
      [sides.performer, body([{ conditionId: 'nope', value: '3' }]), 'validation_failed'],
    ];
    for (const [who, input, code] of refusals) {
      await expect(createCheckIn(s.ctx, who, promise.id, input)).rejects.toMatchObject({ code });
    }
    expect(await listCheckIns(s.ctx, sides.customer, promise.id, firstPage)).toMatchObject({
      checkIns: [],
      total: 0,
    });

    const reported = await promiseIn(s.ctx, 'reported', sides);
    await expect(createCheckIn(s.ctx, sides.performer, reported.id, body([]))).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});
