import type { KeyResultDefinition } from '../../../contract/key-results.js';
import { formatMetricValue } from '../check-ins/key-result-format.js';

/** "Increase from 22% to 40%", "Stay within 90 to 110 ms", "Milestone: done or not done". */
export function describeKeyResult(definition: KeyResultDefinition): string {
  const weight =
    definition.weight !== undefined && definition.weight !== 1 ? ` · weight ${definition.weight}` : '';
  if (definition.kind === 'milestone') return `Milestone: done or not done${weight}`;
  if (definition.direction === 'stay-within') {
    const { low, high } = definition.band;
    return `Stay within ${formatMetricValue(definition, low)} to ${formatMetricValue(definition, high)}, from ${formatMetricValue(definition, definition.start)}${weight}`;
  }
  const verb = definition.direction === 'increase' ? 'Increase' : 'Decrease';
  return `${verb} from ${formatMetricValue(definition, definition.start)} to ${formatMetricValue(definition, definition.target)}${weight}`;
}
