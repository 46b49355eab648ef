import { addDays, addMonths, earliestDate } from './calendar-date.js';
import type { Cycle, CycleCandidate } from './cycle.js';
import { type Horizon, isLongerHorizon } from './horizon.js';

export interface SuggestedCycle extends CycleCandidate {
  parentId: string;
  /** The parent ended before a full horizon: the last child is cut short at the parent's end. */
  isPartial: boolean;
}

type ParentCycle = Pick<Cycle, 'id' | 'name' | 'horizon' | 'start' | 'end'>;

/**
 * Proposes the children of `parent` on a shorter `horizon`, back to back from the parent's start
 * until its end: a year gives four quarters FY2027-Q1..Q4, a 3-year cycle FY2027-2029 gives
 * FY2027, FY2028, FY2029. Numbering follows the parent (a fiscal year starting in April has its
 * Q1 in April). Returns nothing when the horizon is not shorter than the parent's, because such a
 * child could not be nested in it.
 *
 * Children are proposals: each passes validateCycle against the parent and against the others,
 * but the caller still validates them against cycles that already exist.
 */
export function suggestChildCycles(parent: ParentCycle, horizon: Horizon): SuggestedCycle[] {
  if (!isLongerHorizon(parent.horizon, horizon) || !hasPositiveWholeLength(horizon)) return [];
  const suggestions: SuggestedCycle[] = [];
  for (let index = 0; ; index += 1) {
    // Always step from the parent's start, so clamping at month ends (Jan 31 → Feb 28) never drifts.
    const start = startOfChild(parent.start, horizon, index);
    if (start > parent.end) break;
    const fullEnd = addDays(startOfChild(parent.start, horizon, index + 1), -1);
    suggestions.push({
      name: childName(parent.name, horizon, index + 1),
      horizon,
      start,
      end: earliestDate(fullEnd, parent.end),
      parentId: parent.id,
      isPartial: fullEnd > parent.end,
    });
  }
  return suggestions;
}

function startOfChild(parentStart: string, horizon: Horizon, index: number): string {
  return horizon.months !== undefined
    ? addMonths(parentStart, index * horizon.months)
    : addDays(parentStart, index * horizon.days);
}

function hasPositiveWholeLength(horizon: Horizon): boolean {
  const value = horizon.months ?? horizon.days;
  return Number.isInteger(value) && value > 0;
}

const suffixByMonths: ReadonlyMap<number, string> = new Map([
  [1, 'M'],
  [3, 'Q'],
  [6, 'H'],
]);

/** FY2027-Q3, FY2027-H1, FY2027-M11; years count on from the parent's first year; otherwise -P<n>. */
function childName(parentName: string, horizon: Horizon, ordinal: number): string {
  const suffix = horizon.months !== undefined ? suffixByMonths.get(horizon.months) : undefined;
  if (suffix) return `${parentName}-${suffix}${ordinal}`;
  if (horizon.months === 12) {
    const year = /^(\D*)(\d{4})/.exec(parentName);
    if (year?.[2] !== undefined) return `${year[1] ?? ''}${Number(year[2]) + ordinal - 1}`;
    return `${parentName}-Y${ordinal}`;
  }
  return `${parentName}-P${ordinal}`;
}
