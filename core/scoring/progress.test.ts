import { describe, expect, it } from 'vitest';
import type { MetricTowardTarget, MetricWithinBand } from './key-result.js';
import { progressOf, progressWithinBand } from './progress.js';

const signups = {
  kind: 'metric',
  unitKind: 'number',
  unit: 'signups',
  direction: 'increase',
  start: '200',
  target: '1200',
} as const satisfies MetricTowardTarget;

const churn = {
  kind: 'metric',
  unitKind: 'percent',
  unit: '%',
  direction: 'decrease',
  start: '8.0',
  target: '4.0',
} as const satisfies MetricTowardTarget;

const uptime = {
  kind: 'metric',
  unitKind: 'percent',
  unit: '%',
  direction: 'stay-within',
  start: '99.5',
  band: { low: '99.0', high: '100' },
} as const satisfies MetricWithinBand;

describe('progress of a metric toward its target', () => {
  it('is the share of the way from start to target', () => {
    expect(progressOf(signups, '700')).toBe(0.5);
    expect(progressOf(signups, '1200')).toBe(1);
  });

  it('neither goes below 0 when the metric slips nor above 1 when it overshoots', () => {
    expect(progressOf(signups, '150')).toBe(0);
    expect(progressOf(signups, '5000')).toBe(1);
  });

  it('counts a fall as progress when the promise is to decrease', () => {
    expect(progressOf(churn, '6.0')).toBe(0.5);
    expect(progressOf(churn, '3.5')).toBe(1);
    expect(progressOf(churn, '9')).toBe(0);
  });

  it('starts from the start value until the first check-in', () => {
    expect(progressOf(signups, null)).toBe(0);
    expect(progressOf(uptime, null)).toBe(1);
  });

  it('scores a level to hold as met or not met, without dividing by zero', () => {
    const holdNps = { ...signups, start: '50', target: '50' };
    expect(progressOf(holdNps, '50')).toBe(1);
    expect(progressOf(holdNps, '51')).toBe(1);
    expect(progressOf(holdNps, '49.9')).toBe(0);
    const holdCosts = { ...churn, start: '4', target: '4' };
    expect(progressOf(holdCosts, '3')).toBe(1);
    expect(progressOf(holdCosts, '4.1')).toBe(0);
  });

  it('works on money entered with cents, and on negative values', () => {
    const cashFlow = {
      ...signups,
      unitKind: 'currency',
      unit: 'USD',
      start: '-1000.00',
      target: '1000.00',
    } as const;
    expect(progressOf(cashFlow, '0.00')).toBe(0.5);
    expect(progressOf(cashFlow, '-500.00')).toBe(0.25);
  });
});

describe('progress of a metric that must stay within a band', () => {
  it('is full anywhere inside the band, ends included', () => {
    expect(progressOf(uptime, '99.0')).toBe(1);
    expect(progressOf(uptime, '99.73')).toBe(1);
    expect(progressOf(uptime, '100')).toBe(1);
  });

  it('falls off linearly outside, reaching 0 one band width away', () => {
    // The band is 1 point wide: half a point below it is half the progress.
    expect(progressOf(uptime, '98.5')).toBeCloseTo(0.5, 12);
    expect(progressOf(uptime, '98.0')).toBe(0);
    expect(progressOf(uptime, '90')).toBe(0);
    expect(progressWithinBand(10, 20, 25)).toBe(0.5);
    expect(progressWithinBand(10, 20, 30)).toBe(0);
  });

  it('treats a zero-width band as a point to hit exactly', () => {
    expect(progressWithinBand(12, 12, 12)).toBe(1);
    expect(progressWithinBand(12, 12, 12.01)).toBe(0);
  });

  it('reads a band given upside down as the same band', () => {
    expect(progressWithinBand(20, 10, 15)).toBe(1);
    expect(progressWithinBand(20, 10, 25)).toBe(0.5);
  });
});

describe('progress of a milestone', () => {
  it('is 1 when done and 0 otherwise', () => {
    expect(progressOf({ kind: 'milestone' }, true)).toBe(1);
    expect(progressOf({ kind: 'milestone' }, false)).toBe(0);
    expect(progressOf({ kind: 'milestone' }, null)).toBe(0);
  });
});

describe('values that never passed the edge', () => {
  it('are refused loudly rather than scored as NaN', () => {
    expect(() => progressOf(signups, 'about 700')).toThrow(RangeError);
    expect(() => progressOf({ ...signups, target: '1e3' }, '700')).toThrow(RangeError);
  });
});
