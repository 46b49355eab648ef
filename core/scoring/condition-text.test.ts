import { describe, expect, it } from 'vitest';
import { conditionsFollowingKeyResults, textFollowingKeyResult } from './condition-text.js';
import type { KeyResult } from './key-result.js';

const latency = (target: string): KeyResult => ({
  kind: 'metric',
  unitKind: 'number',
  unit: 'ms',
  start: '500',
  direction: 'decrease',
  target,
});

describe("a condition's text follows its key result", () => {
  it('no longer reads "below 300 ms" after a counter from 300 ms to 400 ms', () => {
    expect(textFollowingKeyResult('p95 latency below 300 ms', latency('300'), latency('400'))).toBe(
      'p95 latency below 400 ms',
    );
  });

  it('replaces only whole figures, and swaps a start and a target at once', () => {
    expect(
      textFollowingKeyResult('From 500 to 300 ms, not 1300 or 300.5', latency('300'), latency('400')),
    ).toBe('From 500 to 400 ms, not 1300 or 300.5');
    const swapped: KeyResult = {
      kind: 'metric',
      unitKind: 'number',
      unit: 'ms',
      start: '300',
      direction: 'increase',
      target: '500',
    };
    expect(textFollowingKeyResult('From 500 to 300', latency('300'), swapped)).toBe('From 300 to 500');
  });

  it('keeps a text that quotes no moved figure, and a milestone', () => {
    expect(textFollowingKeyResult('Fast pages', latency('300'), latency('400'))).toBe('Fast pages');
    expect(textFollowingKeyResult('Shipped by 300', { kind: 'milestone' }, { kind: 'milestone' })).toBe(
      'Shipped by 300',
    );
  });

  it('keeps a text the proposer rewrote, and a new condition', () => {
    const onTable = [{ id: 'c1', text: 'Latency below 300 ms', keyResult: latency('300') }];
    expect(
      conditionsFollowingKeyResults(onTable, [
        { id: 'c1', text: 'Latency below 300 ms', keyResult: latency('400') },
        { id: 'c2', text: 'Errors below 300', keyResult: latency('200') },
      ]).map((c) => c.text),
    ).toEqual(['Latency below 400 ms', 'Errors below 300']);
    expect(
      conditionsFollowingKeyResults(onTable, [
        { id: 'c1', text: 'Latency under 0.4 s', keyResult: latency('400') },
      ])[0]?.text,
    ).toBe('Latency under 0.4 s');
  });
});
