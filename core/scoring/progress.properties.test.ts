import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetricKeyResult } from './key-result.js';
import { type MetricGoal, metricProgress, progressOf } from './progress.js';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const direction = fc.constantFrom('increase' as const, 'decrease' as const);
const towardTarget = fc.record({ direction, start: finite, target: finite });
const withinBand = fc.record({ direction: fc.constant('stay-within' as const), low: finite, high: finite });
const anyGoal: fc.Arbitrary<MetricGoal> = fc.oneof(towardTarget, withinBand);
/** Decimal text as people type it, including equal start and target now and then. */
const decimalText = fc.oneof(
  fc.stringMatching(/^-?\d{1,9}(\.\d{1,4})?$/),
  fc.constantFrom('0', '100', '-100', '0.5'),
);

const isUnit = (x: number): boolean => x >= 0 && x <= 1;

describe('progress, for any finite numbers', () => {
  it('lies in [0, 1] and is never NaN, including when start equals target', () => {
    fc.assert(
      fc.property(anyGoal, finite, (goal, value) => {
        expect(isUnit(metricProgress(goal, value))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(direction, finite, finite, (dir, level, value) => {
        expect(isUnit(metricProgress({ direction: dir, start: level, target: level }, value))).toBe(true);
      }),
    );
  });

  it('never falls as the value rises toward an increase target', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, (start, target, a, b) => {
        const goal = { direction: 'increase', start, target } as const;
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(metricProgress(goal, low)).toBeLessThanOrEqual(metricProgress(goal, high));
      }),
    );
  });

  it('never rises as the value rises away from a decrease target', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, (start, target, a, b) => {
        const goal = { direction: 'decrease', start, target } as const;
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(metricProgress(goal, low)).toBeGreaterThanOrEqual(metricProgress(goal, high));
      }),
    );
  });

  it('is 1 inside a band and never grows moving away from it', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, (p, q, a, b) => {
        const [lo, hi] = p <= q ? [p, q] : [q, p];
        const goal = { direction: 'stay-within', low: lo, high: hi } as const;
        const [first, second] = a <= b ? [a, b] : [b, a];
        if (first >= lo && first <= hi) expect(metricProgress(goal, first)).toBe(1);
        if (first > hi) expect(metricProgress(goal, second)).toBeLessThanOrEqual(metricProgress(goal, first));
        if (second < lo)
          expect(metricProgress(goal, first)).toBeLessThanOrEqual(metricProgress(goal, second));
      }),
    );
  });
});

describe('progress of key results as entered', () => {
  it('lies in [0, 1] and follows the promised direction', () => {
    fc.assert(
      fc.property(
        direction,
        decimalText,
        decimalText,
        decimalText,
        decimalText,
        (dir, start, target, a, b) => {
          const keyResult = {
            kind: 'metric',
            unitKind: 'number',
            unit: '',
            direction: dir,
            start,
            target,
          } satisfies MetricKeyResult;
          const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a];
          const atLow = progressOf(keyResult, low);
          const atHigh = progressOf(keyResult, high);
          expect(isUnit(atLow) && isUnit(atHigh)).toBe(true);
          if (dir === 'increase') expect(atLow).toBeLessThanOrEqual(atHigh);
          else expect(atLow).toBeGreaterThanOrEqual(atHigh);
        },
      ),
    );
  });
});
