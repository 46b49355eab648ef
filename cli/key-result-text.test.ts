import { describe, expect, it } from 'vitest';
import type { Progress } from '../contract/check-ins.js';
import { describeKeyResult, formatProgress, formatValue } from './key-result-text.js';

describe('key results at the terminal', () => {
  it('says how each kind of key result is measured', () => {
    const metric = { kind: 'metric', unit: '', start: '10' } as const;
    expect(describeKeyResult({ kind: 'milestone' })).toBe('milestone');
    expect(describeKeyResult({ ...metric, unitKind: 'percent', direction: 'increase', target: '40' })).toBe(
      'increase 10 → 40 %',
    );
    expect(
      describeKeyResult({ ...metric, unitKind: 'number', unit: 'ms', direction: 'decrease', target: '2' }),
    ).toBe('decrease 10 → 2 ms');
    expect(
      describeKeyResult({
        ...metric,
        unitKind: 'percent',
        direction: 'stay-within',
        band: { low: '95', high: '99' },
      }),
    ).toBe('stay within 95–99 %');
    expect(describeKeyResult({ ...metric, unitKind: 'number', direction: 'increase', target: '3' })).toBe(
      'increase 10 → 3',
    );
    expect([formatValue(null), formatValue(true), formatValue(false), formatValue('12.50')]).toEqual([
      '—',
      'done',
      'not done',
      '12.50',
    ]);
  });

  it('marks an overdue check-in, and says when nothing is measured', () => {
    const progress: Progress = {
      promiseId: 'p-1',
      score: null,
      rolledUpScore: null,
      startDate: '2027-01-01',
      dueDate: '2027-03-31',
      timeUsed: null,
      keyResults: [],
      confidence: [],
      lastCheckInAt: null,
      nextCheckInDue: '2027-01-08T00:00:00.000Z',
      isStale: true,
    };
    expect(formatProgress(progress).split('\n')).toEqual([
      'Score              none: no condition of satisfaction is measured',
      'Next check-in due  2027-01-08 00:00 UTC (overdue)',
      '',
      'No key results: none of its conditions of satisfaction is measured.',
    ]);
  });
});
