import type { CheckInStatus } from '../../../contract/check-ins.js';
import type { KeyResultDefinition } from '../../../contract/key-results.js';
import { statusFromScore } from '../../../core/scoring/index.js';

type Metric = Extract<KeyResultDefinition, { kind: 'metric' }>;

export const checkInStatusLabels: Record<CheckInStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
};

export const checkInStatusColors: Record<CheckInStatus, string> = {
  'on-track': 'teal',
  'at-risk': 'yellow',
  'off-track': 'red',
};

/** The customary grading's colour for a final score: 0.7 and up teal, from 0.4 yellow, below red. */
export function scoreColor(score: number | null): string {
  return score === null ? 'gray' : checkInStatusColors[statusFromScore(Math.min(1, Math.max(0, score)))];
}

/** 0.564 → "56%": scores and progress are shown as whole percentages. */
export function formatPercent(fraction: number | null): string {
  return fraction === null ? '—' : `${Math.round(fraction * 100)}%`;
}

/** A metric's value as people write it: "40 signups", "12.5%", "900.50 EUR"; the text is kept exactly. */
export function formatMetricValue(definition: Metric, value: string | number): string {
  const text = String(value);
  if (definition.unitKind === 'percent') return `${text}%`;
  return definition.unit ? `${text} ${definition.unit}` : text;
}

/** A key result's value, whatever its kind; null before anything was reported. */
export function formatKeyResultValue(
  definition: KeyResultDefinition,
  value: string | boolean | null | undefined,
): string {
  if (value === null || value === undefined) return 'Not reported';
  if (definition.kind === 'milestone' || typeof value === 'boolean') return value ? 'Done' : 'Not done';
  return formatMetricValue(definition, value);
}

/** "From 0 to 100 signups", "Stay within 90 to 110 ms", "Done or not done". */
export function describeGoal(definition: KeyResultDefinition): string {
  if (definition.kind === 'milestone') return 'Done or not done';
  const start = formatMetricValue(definition, definition.start);
  if (definition.direction === 'stay-within') {
    const { low, high } = definition.band;
    return `Stay within ${formatMetricValue(definition, low)} to ${formatMetricValue(definition, high)}`;
  }
  const verb = definition.direction === 'increase' ? 'Increase' : 'Decrease';
  return `${verb} from ${start} to ${formatMetricValue(definition, definition.target)}`;
}

/** A number drawn on a chart axis, with the unit where it is short enough to fit. */
export function axisFormatter(definition: KeyResultDefinition): (value: number) => string {
  if (definition.kind === 'milestone') return (value) => (value >= 1 ? 'Done' : value <= 0 ? 'Not done' : '');
  const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
  if (definition.unitKind === 'percent') return (value) => `${number.format(value)}%`;
  return (value) => number.format(value);
}
