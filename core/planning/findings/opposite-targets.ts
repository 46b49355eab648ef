import { decimalValue } from '../../scoring/decimal.js';
import { earliestDate, latestDate } from '../calendar-date.js';
import { cyclesOverlap, type TimeFrame } from '../time-frame.js';
import { distinctIds, type Finding, type FindingOptions, idLabels } from './finding.js';

export type MetricDirection = 'increase' | 'decrease' | 'stay-within';

/** One metric key result, with its promise's time frame (the promise's cycle). */
export interface MetricTarget {
  promiseId: string;
  performerTeamId: string | null;
  /** What is measured, as people write it: "Checkout p95", "weekly active teams". */
  metric: string;
  /** Its unit: "ms", "%", "EUR"; synonyms ("percent", "%") are the same unit. */
  unit: string;
  direction: MetricDirection;
  /** The target of an increase or a decrease. */
  target?: string;
  /** The band a stay-within key result keeps to. */
  band?: { low: string; high: string };
  timeFrame: TimeFrame;
}

/** Spellings of one unit, mapped to one: compared after lower-casing and trimming. */
const unitSynonyms: Readonly<Record<string, string>> = {
  percent: '%',
  percentage: '%',
  pct: '%',
  millisecond: 'ms',
  milliseconds: 'ms',
  msec: 'ms',
  second: 's',
  seconds: 's',
  sec: 's',
  secs: 's',
  minute: 'min',
  minutes: 'min',
  mins: 'min',
  hour: 'h',
  hours: 'h',
  hr: 'h',
  hrs: 'h',
  day: 'd',
  days: 'd',
  euro: 'eur',
  euros: 'eur',
  '€': 'eur',
  dollar: 'usd',
  dollars: 'usd',
  $: 'usd',
  us$: 'usd',
  pound: 'gbp',
  pounds: 'gbp',
  '£': 'gbp',
};

/** A unit as compared: lower case, no spacing, synonyms folded, a plural "s" dropped. */
export function normaliseUnit(unit: string): string {
  const plain = unit.trim().toLowerCase().replace(/\s+/g, '');
  const synonym = unitSynonyms[plain];
  if (synonym !== undefined) return synonym;
  return plain.length > 3 && plain.endsWith('s') ? plain.slice(0, -1) : plain;
}

/** A metric's name as compared: lower case, punctuation and spacing collapsed to one dash. */
export function normaliseMetricName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** "name|unit": two key results measure the same metric when these are equal. */
export function metricIdentity(metric: string, unit: string): string {
  return `${normaliseMetricName(metric)}|${normaliseUnit(unit)}`;
}

interface MetricGroup {
  increasing: MetricTarget[];
  decreasing: MetricTarget[];
  bands: MetricTarget[];
}

/**
 * Pairs of promises that push the same metric in opposite directions at the same time, or whose
 * target leaves a band the other keeps to. Not an error but a conversation: did one side know
 * something the other did not? Targets are grouped by their normalised metric (name and unit), so
 * only promises on one metric are compared, never the whole plan pairwise. Each pair is reported
 * once per metric.
 */
export function findOppositeTargets(
  targets: readonly MetricTarget[],
  { labels = idLabels }: FindingOptions = {},
): Finding<'opposite-targets'>[] {
  const byMetric = new Map<string, MetricGroup>();
  for (const target of targets) {
    const metric = metricIdentity(target.metric, target.unit);
    const group = byMetric.get(metric) ?? { increasing: [], decreasing: [], bands: [] };
    if (target.direction === 'increase') group.increasing.push(target);
    else if (target.direction === 'decrease') group.decreasing.push(target);
    else if (target.band) group.bands.push(target);
    byMetric.set(metric, group);
  }

  const findings = new Map<string, Finding<'opposite-targets'>>();
  const report = (
    metric: string,
    first: MetricTarget,
    second: MetricTarget,
    message: (during: string) => string,
  ) => {
    if (first.promiseId === second.promiseId || !cyclesOverlap(first.timeFrame, second.timeFrame)) return;
    const key = `opposite-targets:${metric}:${first.promiseId}:${second.promiseId}`;
    if (findings.has(key)) return;
    const during =
      `between ${latestDate(first.timeFrame.start, second.timeFrame.start)} and ` +
      earliestDate(first.timeFrame.end, second.timeFrame.end);
    findings.set(key, {
      code: 'opposite-targets',
      severity: 'warning',
      key,
      promiseIds: [first.promiseId, second.promiseId],
      teamIds: distinctIds([first.performerTeamId, second.performerTeamId]),
      message: `${message(during)} Talk it through: one side may know something the other does not.`,
    });
  };
  for (const [identity, { increasing, decreasing, bands }] of byMetric) {
    const metric = identity.replace('|', '-').replace(/-$/, '');
    const name = (target: MetricTarget) =>
      [target.metric.trim(), target.unit.trim()].filter(Boolean).join(' in ');
    for (const up of increasing) {
      for (const down of decreasing) {
        report(
          metric,
          up,
          down,
          (during) =>
            `${labels.promise(up.promiseId)} aims to increase ${name(up)} while ` +
            `${labels.promise(down.promiseId)} aims to decrease it, both ${during}.`,
        );
      }
    }
    for (const band of bands) {
      for (const mover of [...increasing, ...decreasing]) {
        if (!leavesBand(mover, band)) continue;
        report(
          metric,
          mover,
          band,
          (during) =>
            `${labels.promise(mover.promiseId)} aims to ${mover.direction} ${name(mover)} to ${mover.target}, outside ` +
            `the band ${band.band?.low}–${band.band?.high} that ${labels.promise(band.promiseId)} keeps to, ${during}.`,
        );
      }
    }
  }
  return [...findings.values()];
}

function leavesBand(mover: MetricTarget, band: MetricTarget): boolean {
  if (mover.target === undefined || band.band === undefined) return false;
  const target = decimalValue(mover.target);
  return mover.direction === 'increase'
    ? target > decimalValue(band.band.high)
    : target < decimalValue(band.band.low);
}
