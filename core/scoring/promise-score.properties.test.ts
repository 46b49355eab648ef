import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KeyResultReading, MetricKeyResult } from './key-result.js';
import { progressOf } from './progress.js';
import { scorePromise } from './promise-score.js';

const decimalText = fc.stringMatching(/^-?\d{1,6}(\.\d{1,2})?$/);
const weight = fc.double({ min: 1e-6, max: 1e6, noNaN: true });

/** A key result and its value, waiting for a weight, so a test can weigh the same readings twice. */
type Unweighed = (weight: number) => KeyResultReading;

const towardTarget: fc.Arbitrary<MetricKeyResult> = fc.record({
  kind: fc.constant('metric'),
  unitKind: fc.constantFrom('number', 'percent', 'currency'),
  unit: fc.constant('u'),
  direction: fc.constantFrom('increase', 'decrease'),
  start: decimalText,
  target: decimalText,
});

const withinBand: fc.Arbitrary<MetricKeyResult> = fc.record({
  kind: fc.constant('metric'),
  unitKind: fc.constant('number'),
  unit: fc.constant('u'),
  direction: fc.constant('stay-within'),
  start: decimalText,
  band: fc.record({ low: decimalText, high: decimalText }),
});

const unweighed: fc.Arbitrary<Unweighed> = fc.oneof(
  fc.tuple(fc.oneof(towardTarget, withinBand), fc.option(decimalText)).map(
    ([keyResult, current]): Unweighed =>
      (w) => ({ keyResult: { ...keyResult, weight: w }, current }),
  ),
  fc.option(fc.boolean()).map(
    (current): Unweighed =>
      (w) => ({ keyResult: { kind: 'milestone', weight: w }, current }),
  ),
);

const readings = fc.array(fc.tuple(unweighed, weight), { minLength: 1, maxLength: 8 });

describe('a promise score, for any key results', () => {
  it('lies in [0, 1]', () => {
    fc.assert(
      fc.property(readings, (pairs) => {
        const score = scorePromise(pairs.map(([reading, w]) => reading(w)));
        expect(score).not.toBeNull();
        expect(score! >= 0 && score! <= 1).toBe(true);
      }),
    );
  });

  it('does not change when every weight is scaled by the same positive factor', () => {
    fc.assert(
      fc.property(readings, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (pairs, factor) => {
        const asWeighed = scorePromise(pairs.map(([reading, w]) => reading(w)));
        const scaled = scorePromise(pairs.map(([reading, w]) => reading(w * factor)));
        expect(scaled).toBeCloseTo(asWeighed!, 12);
      }),
    );
  });

  it('is exactly the progress of its only key result, whatever its weight', () => {
    fc.assert(
      fc.property(unweighed, weight, (reading, w) => {
        const only = reading(w);
        expect(scorePromise([only])).toBe(progressOf(only.keyResult, only.current));
      }),
    );
  });
});
