import { describe, expect, it } from 'vitest';
import type { KeyResultReading, MetricTowardTarget } from './key-result.js';
import { roundScore, scorePromise, statusFromScore } from './promise-score.js';

const revenue = {
  kind: 'metric',
  unitKind: 'currency',
  unit: 'EUR',
  direction: 'increase',
  start: '0.00',
  target: '1000.00',
} as const satisfies MetricTowardTarget;

describe('scoring a promise', () => {
  it('has no score until it has key results', () => {
    expect(scorePromise([])).toBeNull();
  });

  it('is the plain mean when no weights are given', () => {
    const readings: KeyResultReading[] = [
      { keyResult: revenue, current: '800.00' },
      { keyResult: { kind: 'milestone' }, current: false },
    ];
    expect(scorePromise(readings)).toBe(0.4);
  });

  it('counts a heavier key result for more', () => {
    const readings: KeyResultReading[] = [
      { keyResult: { ...revenue, weight: 3 }, current: '1000.00' },
      { keyResult: { kind: 'milestone', weight: 1 }, current: false },
    ];
    expect(scorePromise(readings)).toBe(0.75);
  });

  it('cares about the proportions of weights, not their total', () => {
    const score = (a: number, b: number): number | null =>
      scorePromise([
        { keyResult: { ...revenue, weight: a }, current: '1000.00' },
        { keyResult: { kind: 'milestone', weight: b }, current: false },
      ]);
    expect(score(30, 10)).toBe(0.75);
    expect(score(0.3, 0.1)).toBeCloseTo(0.75, 12);
    expect(score(1e300, 1e300)).toBe(0.5);
  });

  it('scores key results with no check-in yet at their start', () => {
    expect(scorePromise([{ keyResult: revenue, current: null }])).toBe(0);
  });

  it('refuses a weight the edge should have refused', () => {
    expect(() => scorePromise([{ keyResult: { ...revenue, weight: 0 }, current: null }])).toThrow(RangeError);
  });
});

describe('showing a score', () => {
  it('rounds to two decimals', () => {
    expect(roundScore(0.666666)).toBe(0.67);
    expect(roundScore(0.704)).toBe(0.7);
    expect(roundScore(1)).toBe(1);
    expect(Object.is(roundScore(-0.001), 0)).toBe(true);
  });
});

describe('grading a score', () => {
  it('grades a finished promise the customary way', () => {
    expect(statusFromScore(0.7)).toBe('on-track');
    expect(statusFromScore(0.695)).toBe('on-track');
    expect(statusFromScore(0.55)).toBe('at-risk');
    expect(statusFromScore(0.39)).toBe('off-track');
  });

  it('judges a young promise against its pace, not the finish line', () => {
    expect(statusFromScore(0.3, 0.25)).toBe('on-track');
    expect(statusFromScore(0.15, 0.25)).toBe('at-risk');
    expect(statusFromScore(0.05, 0.25)).toBe('off-track');
    expect(statusFromScore(0, 0)).toBe('on-track');
  });

  it('refuses numbers that are not scores', () => {
    expect(() => statusFromScore(Number.NaN)).toThrow(RangeError);
    expect(() => statusFromScore(0.5, 2)).toThrow(RangeError);
  });
});
