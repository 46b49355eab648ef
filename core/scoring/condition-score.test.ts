import { describe, expect, it } from 'vitest';
import {
  conditionProgress,
  latestValue,
  type RecordedValue,
  readingOf,
  scoreConditions,
} from './condition-score.js';

const signups = {
  kind: 'metric',
  unitKind: 'number',
  unit: 'signups',
  start: '100',
  direction: 'increase',
  target: '200',
} as const;
const launch = { kind: 'milestone' } as const;

const conditions = [
  { id: 'signups', text: 'Signups from 100 to 200', keyResult: signups },
  { id: 'launch', text: 'Launched in Spain', keyResult: launch },
  { id: 'mood', text: 'The team enjoys it', keyResult: null },
];

const values: RecordedValue[] = [
  { conditionId: 'signups', at: '2027-01-11T09:00:00.000Z', value: '120' },
  { conditionId: 'signups', at: '2027-01-18T09:00:00.000Z', value: '150' },
  { conditionId: 'launch', at: '2027-01-18T09:00:00.000Z', value: true },
  { conditionId: 'signups', at: '2027-01-25T09:00:00.000Z', value: '180' },
];

describe('the latest value of a condition', () => {
  it('is the last one checked in', () => {
    expect(latestValue(values, 'signups')).toBe('180');
    expect(latestValue(values, 'launch')).toBe(true);
  });

  it('is null before the first check-in, and for a condition nobody measures', () => {
    expect(latestValue([], 'signups')).toBeNull();
    expect(latestValue(values, 'mood')).toBeNull();
  });

  it('is the one that stood at a given time, a check-in at that very instant included', () => {
    expect(latestValue(values, 'signups', '2027-01-18T08:59:59.999Z')).toBe('120');
    expect(latestValue(values, 'signups', '2027-01-18T09:00:00.000Z')).toBe('150');
    expect(latestValue(values, 'signups', '2027-01-10T00:00:00.000Z')).toBeNull();
  });

  it('takes the later of two check-ins made at the same instant, in the order they were recorded', () => {
    const twice: RecordedValue[] = [
      { conditionId: 'signups', at: '2027-01-11T09:00:00.000Z', value: '120' },
      { conditionId: 'signups', at: '2027-01-11T09:00:00.000Z', value: '125' },
    ];
    expect(latestValue(twice, 'signups')).toBe('125');
  });
});

describe('reading a key result', () => {
  it('reads a value of the wrong kind as none, so a stray value cannot break the score', () => {
    expect(readingOf(launch, '3')).toEqual({ keyResult: launch, current: null });
    expect(readingOf(signups, true)).toEqual({ keyResult: signups, current: null });
    expect(conditionProgress(signups, true)).toBe(0);
    expect(conditionProgress(launch, '1')).toBe(0);
  });

  it('scores a metric on its latest value, and at its start before any', () => {
    expect(conditionProgress(signups, '150')).toBeCloseTo(0.5);
    expect(conditionProgress(signups, null)).toBe(0);
    expect(conditionProgress(launch, true)).toBe(1);
  });
});

describe('the score of a promise’s conditions', () => {
  it('weighs the measured conditions on their latest values and leaves the others out', () => {
    const { score, keyResults } = scoreConditions(conditions, values);
    expect(keyResults.map((k) => [k.condition.id, k.current, k.progress])).toEqual([
      ['signups', '180', expect.closeTo(0.8)],
      ['launch', true, 1],
    ]);
    expect(score).toBeCloseTo(0.9);
  });

  it('scores as things stood at a given time', () => {
    const { score, keyResults } = scoreConditions(conditions, values, '2027-01-12T00:00:00.000Z');
    expect(keyResults.map((k) => k.current)).toEqual(['120', null]);
    expect(score).toBeCloseTo(0.1);
  });

  it('has no score when nothing is measured, which is not a score of 0', () => {
    expect(scoreConditions([conditions[2]!], values)).toEqual({ score: null, keyResults: [] });
  });
});
