import type { Cycle, Horizon } from '../../../contract/cycles.js';
import { useCycles, useHorizons } from '../../api/cycles.js';
import { formatCalendarDate } from '../format.js';

/** "1 Jan 2027 – 31 Mar 2027" */
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

/** The cycles for a select, grouped by horizon. */
export function useCycleOptions() {
  const horizons = useHorizons();
  const cycles = useCycles();
  const data = cyclesByHorizon(horizons.data ?? [], cycles.data ?? [])
    .filter((group) => group.cycles.length > 0)
    .map((group) => ({
      group: group.horizon.name,
      items: group.cycles.map((cycle) => ({ value: cycle.id, label: cycle.name })),
    }));
  return {
    data,
    cycles: cycles.data ?? [],
    horizons: horizons.data ?? [],
    isPending: horizons.isPending || cycles.isPending,
    error: horizons.error ?? cycles.error,
  };
}
