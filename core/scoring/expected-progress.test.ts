import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elapsedFraction, expectedProgressAt } from './expected-progress.js';

const quarterStart = '2027-01-01T00:00:00Z';
const quarterEnd = '2027-04-01T00:00:00Z';

describe('the ideal line on a key result chart', () => {
  it('runs straight from start to target over the quarter', () => {
    // 2027-02-15 is 45 of the quarter's 90 days.
    expect(expectedProgressAt(200, 1200, quarterStart, quarterEnd, '2027-02-15T00:00:00Z')).toBe(700);
    expect(expectedProgressAt(8, 4, quarterStart, quarterEnd, '2027-02-15T00:00:00Z')).toBe(6);
  });

  it('stays at the start before the quarter and at the target after it', () => {
    expect(expectedProgressAt(200, 1200, quarterStart, quarterEnd, '2026-12-01T00:00:00Z')).toBe(200);
    expect(expectedProgressAt(200, 1200, quarterStart, quarterEnd, quarterStart)).toBe(200);
    expect(expectedProgressAt(200, 1200, quarterStart, quarterEnd, quarterEnd)).toBe(1200);
    expect(expectedProgressAt(200, 1200, quarterStart, quarterEnd, '2027-06-01T00:00:00Z')).toBe(1200);
  });

  it('accepts plain dates as midnight UTC', () => {
    expect(elapsedFraction('2027-01-01', '2027-01-11', '2027-01-06')).toBe(0.5);
  });

  it('jumps straight to the target when the due date is not after the start', () => {
    expect(expectedProgressAt(0, 10, quarterEnd, quarterStart, '2026-12-15T00:00:00Z')).toBe(0);
    expect(expectedProgressAt(0, 10, quarterEnd, quarterStart, '2027-02-15T00:00:00Z')).toBe(10);
    expect(expectedProgressAt(0, 10, quarterStart, quarterStart, quarterStart)).toBe(10);
  });

  it('stays between start and target at any moment, for any finite ends', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    const moment = fc
      .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 0, 1) })
      .map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(finite, finite, moment, (start, target, at) => {
        const value = expectedProgressAt(start, target, quarterStart, quarterEnd, at);
        expect(value).toBeGreaterThanOrEqual(Math.min(start, target));
        expect(value).toBeLessThanOrEqual(Math.max(start, target));
      }),
    );
  });
});
