import type { KeyResultDefinition } from '../../../contract/key-results.js';

type Metric = Extract<KeyResultDefinition, { kind: 'metric' }>;

function valueWithUnit(metric: Metric, value: string): string {
  if (metric.unitKind === 'percent') return `${value}%`;
  return metric.unit ? `${value} ${metric.unit}` : value;
}

/** "Increase from 22% to 40%", "Stay within 90 to 110 ms", "Milestone: done or not done". */
export function describeKeyResult(definition: KeyResultDefinition): string {
  const weight =
    definition.weight !== undefined && definition.weight !== 1 ? ` · weight ${definition.weight}` : '';
  if (definition.kind === 'milestone') return `Milestone: done or not done${weight}`;
  if (definition.direction === 'stay-within') {
    const { low, high } = definition.band;
    return `Stay within ${valueWithUnit(definition, low)} to ${valueWithUnit(definition, high)}, from ${valueWithUnit(definition, definition.start)}${weight}`;
  }
  const verb = definition.direction === 'increase' ? 'Increase' : 'Decrease';
  return `${verb} from ${valueWithUnit(definition, definition.start)} to ${valueWithUnit(definition, definition.target)}${weight}`;
}
