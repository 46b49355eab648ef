import type { Cycle, Horizon } from '../../../contract/cycles.js';
import { formatCalendarDate } from '../format.js';

/** "Jan 1, 2027 – Mar 31, 2027": the days a cycle runs, the same wherever it is read. */
export function formatCycleDates(cycle: Pick<Cycle, 'startDate' | 'endDate'>): string {
  return `${formatCalendarDate(cycle.startDate)} – ${formatCalendarDate(cycle.endDate)}`;
}

/** Cycles grouped by horizon, longest horizon first, each group by start date. */
export function cyclesByHorizon(horizons: readonly Horizon[], cycles: readonly Cycle[]) {
  return horizons.map((horizon) => ({
    horizon,
    cycles: cycles
      .filter((cycle) => cycle.horizon.id === horizon.id)
      .sort((a, b) => a.startDate.localeCompare(b.startDate)),
  }));
}

/** The cycles for a select, grouped by horizon; a horizon without cycles is left out. */
export function cycleOptions(horizons: readonly Horizon[], cycles: readonly Cycle[]) {
  return cyclesByHorizon(horizons, cycles)
    .filter((group) => group.cycles.length > 0)
    .map((group) => ({
      group: group.horizon.name,
      items: group.cycles.map((cycle) => ({ value: cycle.id, label: cycle.name })),
    }));
}
