import { describe, expect, it } from 'vitest';
import type { MeasurableCondition } from './condition-score.js';
import { isStaleAt, nextDueOf, scorePointsOf } from './standing.js';

const signups: MeasurableCondition = {
  id: 'signups',
  text: 'Signups reach 100',
  keyResult: {
    kind: 'metric',
    unitKind: 'number',
    unit: '',
    start: '0',
    direction: 'increase',
    target: '100',
    weight: 1,
  },
};
const launch: MeasurableCondition = {
  id: 'launch',
  text: 'Launched',
  keyResult: { kind: 'milestone', weight: 1 },
};

describe('the score points a promise is charted from', () => {
  it('starts at the making of the promise and adds the score after each check-in', () => {
    const points = scorePointsOf(
      { createdAt: '2027-01-01T00:00:00.000Z', terms: [{ at: null, conditions: [signups, launch] }] },
      [
        { id: 'a', at: '2027-01-04T09:00:00.000Z', status: 'on-track', confidence: 7 },
        { id: 'b', at: '2027-01-11T09:00:00.000Z', status: 'at-risk', confidence: 4 },
        { id: 'c', at: '2027-01-18T09:00:00.000Z', status: 'on-track', confidence: 6 },
      ],
      [
        { checkInId: 'a', conditionId: 'signups', at: '2027-01-04T09:00:00.000Z', value: '50' },
        // b carries no values: the score stands.
        { checkInId: 'c', conditionId: 'launch', at: '2027-01-18T09:00:00.000Z', value: true },
      ],
    );
    expect(points).toEqual([
      { checkInId: '', at: '2027-01-01T00:00:00.000Z', score: 0 },
      { checkInId: 'a', at: '2027-01-04T09:00:00.000Z', score: 0.25 },
      { checkInId: 'b', at: '2027-01-11T09:00:00.000Z', score: 0.25 },
      { checkInId: 'c', at: '2027-01-18T09:00:00.000Z', score: 0.75 },
    ]);
  });

  it('counts a check-in dated before the promise from the promise on, and has no score unmeasured', () => {
    const points = scorePointsOf(
      {
        createdAt: '2027-01-05T00:00:00.000Z',
        terms: [{ at: null, conditions: [{ id: 'x', text: 'Happier', keyResult: null }] }],
      },
      [{ id: 'a', at: '2027-01-04T09:00:00.000Z', status: 'on-track', confidence: 7 }],
      [],
    );
    expect(points).toEqual([
      { checkInId: '', at: '2027-01-05T00:00:00.000Z', score: null },
      { checkInId: 'a', at: '2027-01-05T00:00:00.000Z', score: null },
    ]);
  });

  it('scores each check-in against the terms in force then, and adds a point where the terms change', () => {
    const doubled = {
      ...signups,
      keyResult: { ...signups.keyResult!, target: '200' },
    } as MeasurableCondition;
    const points = scorePointsOf(
      {
        createdAt: '2027-01-01T00:00:00.000Z',
        terms: [
          { at: null, conditions: [signups] },
          { at: '2027-01-08T00:00:00.000Z', conditions: [doubled] },
        ],
      },
      [
        { id: 'a', at: '2027-01-04T09:00:00.000Z', status: 'on-track', confidence: 7 },
        { id: 'b', at: '2027-01-11T09:00:00.000Z', status: 'on-track', confidence: 7 },
      ],
      [
        { checkInId: 'a', conditionId: 'signups', at: '2027-01-04T09:00:00.000Z', value: '50' },
        { checkInId: 'b', conditionId: 'signups', at: '2027-01-11T09:00:00.000Z', value: '100' },
      ],
    );
    expect(points).toEqual([
      { checkInId: '', at: '2027-01-01T00:00:00.000Z', score: 0 },
      { checkInId: 'a', at: '2027-01-04T09:00:00.000Z', score: 0.5 },
      { checkInId: 'terms:1', at: '2027-01-08T00:00:00.000Z', score: 0.25 },
      { checkInId: 'b', at: '2027-01-11T09:00:00.000Z', score: 0.5 },
    ]);
  });
});

describe('the next check-in due and staleness', () => {
  const cycle = { start: '2027-01-01', cadence: 'weekly' as const };

  it('is due a cadence after the later of the agreement, the cycle start and the last check-in', () => {
    expect(
      nextDueOf({ status: 'promised', agreedAt: '2026-12-20T10:00:00.000Z', lastCheckInAt: null }, cycle),
    ).toBe('2027-01-08T00:00:00.000Z');
    expect(
      nextDueOf(
        {
          status: 'promised',
          agreedAt: '2027-01-02T10:00:00.000Z',
          lastCheckInAt: '2027-01-10T08:00:00.000Z',
        },
        cycle,
      ),
    ).toBe('2027-01-17T08:00:00.000Z');
  });

  it('owes nothing unless the promise is being kept and was agreed', () => {
    expect(
      nextDueOf({ status: 'reported', agreedAt: '2027-01-02T10:00:00.000Z', lastCheckInAt: null }, cycle),
    ).toBeNull();
    expect(nextDueOf({ status: 'promised', agreedAt: null, lastCheckInAt: null }, cycle)).toBeNull();
  });

  it('is stale only strictly after the due instant, and never when nothing is owed', () => {
    expect(isStaleAt('2027-01-08T00:00:00.000Z', '2027-01-08T00:00:00.000Z')).toBe(false);
    expect(isStaleAt('2027-01-08T00:00:00.000Z', '2027-01-08T00:00:00.001Z')).toBe(true);
    expect(isStaleAt(null, '2030-01-01T00:00:00.000Z')).toBe(false);
  });
});
