import { describe, expect, it } from 'vitest';
import { type KeyResult, refuseKeyResult, weightOf } from './key-result.js';

const revenue = {
  kind: 'metric',
  unitKind: 'currency',
  unit: 'EUR',
  direction: 'increase',
  start: '100000.00',
  target: '150000.00',
} as const satisfies KeyResult;

describe('accepting a key result', () => {
  it('accepts a well-formed metric, band and milestone', () => {
    expect(refuseKeyResult(revenue)).toBeNull();
    expect(
      refuseKeyResult({
        kind: 'metric',
        unitKind: 'percent',
        unit: '%',
        direction: 'stay-within',
        start: '97',
        band: { low: '95', high: '99.9' },
      }),
    ).toBeNull();
    expect(refuseKeyResult({ kind: 'milestone' })).toBeNull();
  });

  it('lets a target equal its start, to hold a level', () => {
    expect(refuseKeyResult({ ...revenue, target: revenue.start })).toBeNull();
  });

  it('catches a target on the wrong side of the start', () => {
    expect(refuseKeyResult({ ...revenue, target: '90000' })?.code).toBe('target-behind-start');
    expect(refuseKeyResult({ ...revenue, direction: 'decrease' })?.code).toBe('target-behind-start');
  });

  it('tells the person what to fix', () => {
    expect(refuseKeyResult({ ...revenue, target: '90000' })?.message).toContain('did you mean decrease?');
    expect(refuseKeyResult({ ...revenue, start: '1e5' })?.message).toMatch(
      /^Start value: "1e5" is not a plain number/,
    );
  });

  it('refuses values that are not plain decimals', () => {
    expect(refuseKeyResult({ ...revenue, start: '1e5' })?.code).toBe('invalid-start');
    expect(refuseKeyResult({ ...revenue, target: 'lots' })?.code).toBe('invalid-target');
    expect(
      refuseKeyResult({ ...revenue, direction: 'stay-within', band: { low: 'NaN', high: '3' } })?.code,
    ).toBe('invalid-band');
  });

  it('refuses a band whose low end is above its high end', () => {
    expect(
      refuseKeyResult({ ...revenue, direction: 'stay-within', band: { low: '5', high: '3' } })?.code,
    ).toBe('band-low-above-high');
  });

  it('asks for a currency on money', () => {
    expect(refuseKeyResult({ ...revenue, unit: '  ' })?.code).toBe('unit-required');
    expect(refuseKeyResult({ ...revenue, unitKind: 'number', unit: '' })).toBeNull();
  });

  it('refuses weights that are zero, negative or not finite, and defaults to 1', () => {
    for (const weight of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(refuseKeyResult({ ...revenue, weight })?.code).toBe('invalid-weight');
      expect(refuseKeyResult({ kind: 'milestone', weight })?.code).toBe('invalid-weight');
    }
    expect(weightOf(revenue)).toBe(1);
    expect(weightOf({ ...revenue, weight: 2.5 })).toBe(2.5);
  });
});
