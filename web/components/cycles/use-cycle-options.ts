import { useCycles, useHorizons } from '../../api/cycles.js';
import { cycleOptions } from './cycle-options.js';

/** The cycles for a select, grouped by horizon, with the cycles and horizons they come from. */
export function useCycleOptions() {
  const horizons = useHorizons();
  const cycles = useCycles();
  return {
    data: cycleOptions(horizons.data ?? [], cycles.data ?? []),
    cycles: cycles.data ?? [],
    horizons: horizons.data ?? [],
    isPending: horizons.isPending || cycles.isPending,
    error: horizons.error ?? cycles.error,
  };
}
