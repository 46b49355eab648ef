import { describe, expect, it } from 'vitest';
import { budget, conversion, latency, launch, signups } from '../../test/key-results.js';
import { describeKeyResult } from './format-key-result.js';

describe('a condition’s key result, as its list describes it', () => {
  it('says where a metric heads, from where, with its unit', () => {
    expect(describeKeyResult(conversion)).toBe('Increase from 22% to 40%');
    expect(describeKeyResult(budget)).toBe('Decrease from 1200.00 EUR to 900.50 EUR');
  });

  it('gives a stay-within metric’s band and where it starts', () => {
    expect(describeKeyResult(latency)).toBe('Stay within 90 ms to 110 ms, from 120 ms');
  });

  it('names a milestone', () => {
    expect(describeKeyResult(launch)).toBe('Milestone: done or not done');
  });

  it('mentions a weight only when it is not the usual 1', () => {
    expect(describeKeyResult({ ...launch, weight: 1 })).toBe('Milestone: done or not done');
    expect(describeKeyResult({ ...launch, weight: 2 })).toBe('Milestone: done or not done · weight 2');
    expect(describeKeyResult({ ...signups, unit: '', weight: 0.5 })).toBe(
      'Increase from 0 to 100 · weight 0.5',
    );
  });
});
