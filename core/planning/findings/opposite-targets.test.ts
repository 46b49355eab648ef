import { describe, expect, it } from 'vitest';
import { findOppositeTargets, type MetricTarget } from './opposite-targets.js';
import { labelsFrom } from './test-labels.js';

const q1 = { start: '2027-01-01', end: '2027-03-31' };
const q2 = { start: '2027-04-01', end: '2027-06-30' };
const fy = { start: '2027-01-01', end: '2027-12-31' };

function target(
  promiseId: string,
  metric: string,
  direction: MetricTarget['direction'],
  timeFrame = q1,
  extra: Partial<MetricTarget> = {},
): MetricTarget {
  return {
    promiseId,
    performerTeamId: `team-${promiseId}`,
    metric,
    unit: '',
    direction,
    timeFrame,
    ...extra,
  };
}

describe('opposite targets', () => {
  it('points at two teams pulling the same metric in opposite directions at the same time', () => {
    const labels = labelsFrom({ growth: 'More sign-ups', trust: 'Fewer fraudulent accounts' });
    const findings = findOppositeTargets(
      [
        target('growth', 'signups-per-week', 'increase', fy),
        target('trust', 'Signups-Per-Week ', 'decrease', q2),
      ],
      { labels },
    );
    expect(findings).toEqual([
      {
        code: 'opposite-targets',
        severity: 'warning',
        key: 'opposite-targets:signups-per-week:growth:trust',
        promiseIds: ['growth', 'trust'],
        teamIds: ['team-growth', 'team-trust'],
        message:
          '"More sign-ups" aims to increase signups-per-week while "Fewer fraudulent accounts" aims to decrease it, ' +
          'both between 2027-04-01 and 2027-06-30. Talk it through: one side may know something the other does not.',
      },
    ]);
  });

  it('leaves alone targets in time frames that do not overlap', () => {
    expect(
      findOppositeTargets([target('a', 'churn', 'increase', q1), target('b', 'churn', 'decrease', q2)]),
    ).toEqual([]);
  });

  it('leaves alone targets on different metrics, in the same direction, or kept within a range', () => {
    const targets = [
      target('a', 'churn', 'increase'),
      target('b', 'latency', 'decrease'),
      target('c', 'churn', 'increase'),
      target('d', 'churn', 'stay-within'),
    ];
    expect(findOppositeTargets(targets)).toEqual([]);
  });

  it('reports each pair of promises once, even with several key results on the metric', () => {
    const targets = [
      target('a', 'churn', 'increase'),
      target('a', 'churn', 'increase'),
      target('b', 'churn', 'decrease'),
      target('c', 'churn', 'decrease'),
      target('c', 'churn', 'increase'),
    ];
    expect(findOppositeTargets(targets).map((f) => f.promiseIds)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['c', 'b'],
    ]);
  });

  it('treats one metric written with other case, spacing and unit synonyms as the same metric', () => {
    const findings = findOppositeTargets([
      target('fast', 'Checkout  p95', 'decrease', q1, { unit: 'milliseconds', target: '300' }),
      target('rich', 'checkout P95', 'increase', q1, { unit: 'ms', target: '900' }),
    ]);
    expect(findings.map((f) => f.key)).toEqual(['opposite-targets:checkout-p95-ms:rich:fast']);
    expect(findings[0]?.message).toContain('aims to increase checkout P95 in ms');
  });

  it('keeps apart the same name in different units', () => {
    const targets = [
      target('a', 'revenue', 'increase', q1, { unit: 'EUR' }),
      target('b', 'revenue', 'decrease', q1, { unit: 'USD' }),
    ];
    expect(findOppositeTargets(targets)).toEqual([]);
  });

  it('reports a target that leaves the band another promise keeps to, and not one inside it', () => {
    const labels = labelsFrom({ growth: 'Grow usage', ops: 'Keep error rate low' });
    const band = target('ops', 'Error rate', 'stay-within', q1, {
      unit: 'percent',
      band: { low: '0', high: '2' },
    });
    const leaving = target('growth', 'error rate', 'increase', q1, { unit: '%', target: '5' });
    const inside = target('calm', 'error rate', 'increase', q1, { unit: '%', target: '1.5' });
    const findings = findOppositeTargets([band, leaving, inside], { labels });
    expect(findings.map((f) => f.promiseIds)).toEqual([['growth', 'ops']]);
    expect(findings[0]?.message).toBe(
      '"Grow usage" aims to increase error rate in % to 5, outside the band 0–2 that "Keep error rate low" keeps to, ' +
        'between 2027-01-01 and 2027-03-31. Talk it through: one side may know something the other does not.',
    );
  });
});
