import type { Cycle } from '../../../contract/cycles.js';

const byStartThenLength = (a: Cycle, b: Cycle) =>
  a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate);

/**
 * The cycle planning is about now: the next one still in planning (the soonest to start, the
 * shorter first), else the shortest current one, else the latest. `today` is YYYY-MM-DD.
 */
export function defaultPlanningCycle(cycles: readonly Cycle[], today: string): Cycle | null {
  const inPlanning = cycles
    .filter((cycle) => cycle.state === 'planning' && cycle.endDate >= today)
    .sort(byStartThenLength);
  if (inPlanning[0]) return inPlanning[0];
  const current = cycles
    .filter((cycle) => cycle.startDate <= today && today <= cycle.endDate)
    .sort((a, b) => a.endDate.localeCompare(b.endDate));
  if (current[0]) return current[0];
  return [...cycles].sort(byStartThenLength).at(-1) ?? null;
}
