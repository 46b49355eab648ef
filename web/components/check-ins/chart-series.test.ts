import { describe, expect, it } from 'vitest';
import type { KeyResultView } from '../../../contract/key-results.js';
import { budget, latency, launch, signups } from '../../test/key-results.js';
import { averageScoreSeries, confidenceSeries, keyResultSeries } from './chart-series.js';
import { chartSpan } from './chart-time.js';

const span = chartSpan('2027-01-01', '2027-03-31');
const halfway = new Date((span.startMs + span.endMs) / 2).toISOString();

function keyResult(definition: KeyResultView['definition'], series: KeyResultView['series']): KeyResultView {
  return { conditionId: 'c1', text: 'Signups reach 100', definition, current: null, progress: 0, series };
}

describe('the chart of a key result', () => {
  const signupsChart = keyResult(signups, [
    { at: halfway, value: '40' },
    { at: '2027-01-15T10:00:00.000Z', value: '12.5' },
  ]);

  it('draws a metric heading for a target against the ideal, from its start on day one to its target at the due date', () => {
    const { hasIdeal, points } = keyResultSeries(signupsChart, span);
    expect(hasIdeal).toBe(true);
    expect(points[0]).toEqual({ time: span.startMs, ideal: 0 });
    expect(points.at(-1)).toEqual({ time: span.endMs, ideal: 100 });
  });

  it('puts each check-in in time order with the ideal by then, so a reader sees whether it is behind', () => {
    const { points, readings } = keyResultSeries(signupsChart, span);
    expect(points.map((point) => point.time)).toEqual(
      [...points.map((point) => point.time)].sort((a, b) => a - b),
    );
    const atHalfway = points.find((point) => point.time === Date.parse(halfway));
    expect(atHalfway?.value).toBe(40);
    expect(atHalfway?.ideal).toBeCloseTo(50, 6);
    expect(readings.map((reading) => reading.value)).toEqual(['40', '12.5']);
    expect(readings[0]?.ideal).toBeCloseTo(50, 6);
  });

  it('draws a falling metric’s ideal downwards', () => {
    const { points } = keyResultSeries(keyResult(budget, [{ at: halfway, value: '1100' }]), span);
    expect(points.map((point) => point.ideal)).toEqual([1200, expect.closeTo(1050.25, 6), 900.5]);
  });

  it('shows a stay-within metric’s band and no ideal line', () => {
    const withinBand = keyResult(latency, [{ at: halfway, value: '104' }]);
    const { hasIdeal, band, points, readings } = keyResultSeries(withinBand, span);
    expect(hasIdeal).toBe(false);
    expect(band).toEqual({ low: 90, high: 110 });
    expect(points).toEqual([{ time: Date.parse(halfway), value: 104 }]);
    expect(readings[0]?.ideal).toBeNull();
  });

  it('steps a milestone from not done (0) to done (1)', () => {
    const milestone = keyResult(launch, [
      { at: '2027-01-10T09:00:00.000Z', value: false },
      { at: '2027-02-10T09:00:00.000Z', value: true },
    ]);
    const { hasIdeal, band, points } = keyResultSeries(milestone, span);
    expect(hasIdeal).toBe(false);
    expect(band).toBeNull();
    expect(points.map((point) => point.value)).toEqual([0, 1]);
  });

  it('has nothing to draw before the first check-in of a milestone', () => {
    expect(keyResultSeries(keyResult(launch, []), span).points).toEqual([]);
  });
});

describe('the confidence chart', () => {
  it('places each check-in’s confidence and status on the time axis', () => {
    expect(
      confidenceSeries([
        { at: '2027-01-10T09:00:00.000Z', confidence: 7, status: 'on-track' },
        { at: '2027-01-17T09:00:00.000Z', confidence: 4, status: 'at-risk' },
      ]),
    ).toEqual([
      { time: Date.parse('2027-01-10T09:00:00.000Z'), confidence: 7, status: 'on-track' },
      { time: Date.parse('2027-01-17T09:00:00.000Z'), confidence: 4, status: 'at-risk' },
    ]);
  });
});

describe('the dashboard’s average score over time', () => {
  it('is a percentage to a tenth, with the weeks nobody scored left empty', () => {
    expect(
      averageScoreSeries([
        { date: '2027-01-07', averageScore: null },
        { date: '2027-01-14', averageScore: 0.5634 },
        { date: '2027-01-21', averageScore: 1 },
      ]),
    ).toEqual([
      { date: '2027-01-07', score: null },
      { date: '2027-01-14', score: 56.3 },
      { date: '2027-01-21', score: 100 },
    ]);
  });
});
