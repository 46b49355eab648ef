import type { Progress } from '../../../contract/check-ins.js';
import type { KeyResultView } from '../../../contract/key-results.js';
import { decimalValue, expectedProgressAt } from '../../../core/scoring/index.js';
import type { ChartSpan } from './chart-time.js';

/** One point of a key result's chart: a check-in's value, the ideal at that moment, or both. */
export interface KeyResultPoint {
  time: number;
  value?: number;
  ideal?: number;
}

/** A check-in of a key result, with the value the ideal line had reached by then (null without one). */
export interface KeyResultReading {
  at: string;
  value: string | boolean;
  ideal: number | null;
}

export interface KeyResultSeries {
  /** Whether the chart draws an ideal line: a metric heading for a target. */
  hasIdeal: boolean;
  readings: KeyResultReading[];
  /** In time order; a milestone reads 0 (not done) or 1 (done). */
  points: KeyResultPoint[];
  /** A stay-within metric's band, from low to high. */
  band: { low: number; high: number } | null;
}

const asNumber = (value: string | boolean) =>
  typeof value === 'boolean' ? (value ? 1 : 0) : decimalValue(value);

/**
 * What a key result's chart draws over the promise's span. A metric heading for a target is drawn
 * against the ideal: a straight line from its start at the start of the cycle to its target at the end
 * of the due date. A stay-within metric shows its band instead; a milestone steps from not done to done.
 */
export function keyResultSeries(keyResult: KeyResultView, span: ChartSpan): KeyResultSeries {
  const { definition } = keyResult;
  const ideal =
    definition.kind === 'metric' && definition.direction !== 'stay-within'
      ? { start: decimalValue(definition.start), target: decimalValue(definition.target) }
      : null;
  const readings = keyResult.series.map((point) => ({
    ...point,
    ideal: ideal && expectedProgressAt(ideal.start, ideal.target, span.startIso, span.endIso, point.at),
  }));
  const points: KeyResultPoint[] = readings.map((reading) => ({
    time: Date.parse(reading.at),
    value: asNumber(reading.value),
    ...(reading.ideal === null ? {} : { ideal: reading.ideal }),
  }));
  if (ideal) {
    points.unshift({ time: span.startMs, ideal: ideal.start });
    points.push({ time: span.endMs, ideal: ideal.target });
    points.sort((a, b) => a.time - b.time);
  }
  const band =
    definition.kind === 'metric' && definition.direction === 'stay-within'
      ? { low: decimalValue(definition.band.low), high: decimalValue(definition.band.high) }
      : null;
  return { hasIdeal: ideal !== null, readings, points, band };
}

/** The performer's confidence at each check-in, on the time axis. */
export function confidenceSeries(confidence: Progress['confidence']) {
  return confidence.map((reading) => ({
    time: Date.parse(reading.at),
    confidence: reading.confidence,
    status: reading.status,
  }));
}

/** The dashboard's average score at the end of each week, as a percentage to a tenth for the chart. */
export function averageScoreSeries(points: ReadonlyArray<{ date: string; averageScore: number | null }>) {
  return points.map((point) => ({
    date: point.date,
    score: point.averageScore === null ? null : Math.round(point.averageScore * 1000) / 10,
  }));
}
