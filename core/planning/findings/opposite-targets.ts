import { earliestDate, latestDate } from '../calendar-date.js';
import { cyclesOverlap, type TimeFrame } from '../time-frame.js';
import { distinctIds, type Finding, type FindingOptions, idLabels } from './finding.js';

export type MetricDirection = 'increase' | 'decrease' | 'stay-within';

/** One metric key result, with its promise's time frame (the promise's cycle). */
export interface MetricTarget {
  promiseId: string;
  performerTeamId: string | null;
  /** What is measured, shared across promises: "checkout-p95-ms", "weekly-active-teams". */
  metricKey: string;
  direction: MetricDirection;
  timeFrame: TimeFrame;
}

/**
 * Pairs of promises that push the same metric in opposite directions at the same time. Not an
 * error but a conversation: did one side know something the other did not? Metric keys are
 * compared ignoring case and surrounding spaces. Each pair of promises is reported once per metric.
 */
export function findOppositeTargets(
  targets: readonly MetricTarget[],
  { labels = idLabels }: FindingOptions = {},
): Finding<'opposite-targets'>[] {
  const byMetric = new Map<string, { increasing: MetricTarget[]; decreasing: MetricTarget[] }>();
  for (const target of targets) {
    if (target.direction === 'stay-within') continue;
    const metric = target.metricKey.trim().toLowerCase();
    const group = byMetric.get(metric) ?? { increasing: [], decreasing: [] };
    (target.direction === 'increase' ? group.increasing : group.decreasing).push(target);
    byMetric.set(metric, group);
  }

  const findings = new Map<string, Finding<'opposite-targets'>>();
  for (const [metric, { increasing, decreasing }] of byMetric) {
    for (const up of increasing) {
      for (const down of decreasing) {
        if (up.promiseId === down.promiseId || !cyclesOverlap(up.timeFrame, down.timeFrame)) continue;
        const key = `opposite-targets:${metric}:${up.promiseId}:${down.promiseId}`;
        if (findings.has(key)) continue;
        const shared = {
          start: latestDate(up.timeFrame.start, down.timeFrame.start),
          end: earliestDate(up.timeFrame.end, down.timeFrame.end),
        };
        findings.set(key, {
          code: 'opposite-targets',
          severity: 'warning',
          key,
          promiseIds: [up.promiseId, down.promiseId],
          teamIds: distinctIds([up.performerTeamId, down.performerTeamId]),
          message:
            `${labels.promise(up.promiseId)} aims to increase ${up.metricKey.trim()} while ` +
            `${labels.promise(down.promiseId)} aims to decrease it, both between ${shared.start} and ${shared.end}. ` +
            'Talk it through: one side may know something the other does not.',
        });
      }
    }
  }
  return [...findings.values()];
}
