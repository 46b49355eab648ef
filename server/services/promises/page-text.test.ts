import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../contract/promises.js';
import { testEngines, useTestServices } from '../../test/harness.js';
import { customerAndPerformer, promiseIn } from '../../test/service-factories.js';
import { getProgress } from '../check-ins.js';
import { makeMove } from './make-move.js';
import { getPromise } from './read-promise.js';

const latency = (target: string) => ({
  kind: 'metric' as const,
  unitKind: 'number' as const,
  unit: 'ms',
  start: '500',
  direction: 'decrease' as const,
  target,
});

/** What the promise page says stays true to the promise it shows. */
describe.each(testEngines())('the words on a promise page, on %s', (engine) => {
  const s = useTestServices(engine);

  it("makes a condition's text follow its key result after a counter from 300 ms to 400 ms", async () => {
    s.clock.set('2026-12-01T09:00:00Z');
    const { customer, performer, cycle } = await customerAndPerformer(s.ctx);
    const asked = await promiseIn(s.ctx, 'requested', {
      customer,
      performer,
      cycle,
      body: {
        title: 'Fast pages',
        conditions: [{ text: 'p95 latency below 300 ms', keyResult: latency('300') }],
      },
    });
    const [condition] = asked.terms.conditions as Condition[];
    await makeMove(s.ctx, performer, asked.id, {
      act: 'counter',
      version: asked.version,
      changes: { conditions: [{ id: condition!.id, text: condition!.text, keyResult: latency('400') }] },
    });
    const countered = await getPromise(s.ctx, customer, asked.id);
    expect(countered.proposal?.proposedTerms.conditions[0]?.text).toBe('p95 latency below 400 ms');

    await makeMove(s.ctx, customer, asked.id, { act: 'accept-offer', version: countered.version });
    const agreed = await getPromise(s.ctx, customer, asked.id);
    expect(agreed.terms.conditions[0]?.text).toBe('p95 latency below 400 ms');
    expect(agreed.terms.conditions[0]?.text).not.toContain('300');
  });

  it('says why a declined promise ended', async () => {
    s.clock.set('2026-12-01T09:00:00Z');
    const { customer, performer, cycle } = await customerAndPerformer(s.ctx);
    const asked = await promiseIn(s.ctx, 'requested', { customer, performer, cycle, body: { title: 'Ask' } });
    await makeMove(s.ctx, performer, asked.id, {
      act: 'decline',
      version: asked.version,
      reason: { code: 'capacity', text: 'We are fully booked until March.' },
    });
    const declined = await getPromise(s.ctx, customer, asked.id);
    expect(declined.phase).toBe('closed');
    expect(declined.situation).toContain(
      'declined by the performer (capacity): “We are fully booked until March.”',
    );
  });

  it('has used none of its time on the day it is accepted, late in its cycle', async () => {
    s.clock.set('2026-12-01T09:00:00Z');
    const { customer, performer, cycle } = await customerAndPerformer(s.ctx);
    // FY2027-Q1 runs from January to March; the promise is asked and accepted on March 1.
    s.clock.set('2027-03-01T09:00:00Z');
    const kept = await promiseIn(s.ctx, 'promised', {
      customer,
      performer,
      cycle,
      body: {
        title: 'Fast pages',
        dueDate: '2027-03-31',
        conditions: [{ text: 'p95 latency below 300 ms', keyResult: latency('300') }],
      },
    });
    const today = await getProgress(s.ctx, customer, kept.id);
    expect(today.score).toBe(0);
    // The cycle is two thirds gone, but the promise has had none of its time: it is not off track.
    expect(today.timeUsed).toBeLessThan(0.01);

    // Half way from the agreement to the end of the due date (31 days), the pace counts half the time.
    s.clock.set('2027-03-16T21:00:00Z');
    const later = await getProgress(s.ctx, customer, kept.id);
    expect(later.timeUsed).toBeCloseTo(0.5, 1);
  });
});
