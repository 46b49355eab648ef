import { Select } from '@mantine/core';
import type { Cycle } from '../../../contract/cycles.js';
import { CYCLE_STATES } from '../../../core/planning/index.js';
import { cycleStateLabels } from './cycle-labels.js';

/** Chooses a cycle, grouped by where each stands: in planning first. */
export function CycleSelect({
  cycles,
  value,
  onChange,
  label = 'Cycle',
}: {
  cycles: readonly Cycle[];
  value: string | null;
  onChange: (cycleId: string) => void;
  label?: string;
}) {
  const data = CYCLE_STATES.map((state) => ({
    group: cycleStateLabels[state],
    items: cycles
      .filter((cycle) => cycle.state === state)
      .map((cycle) => ({ value: cycle.id, label: cycle.name })),
  })).filter((group) => group.items.length > 0);
  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={(next) => {
        if (next) onChange(next);
      }}
      allowDeselect={false}
      searchable
      nothingFoundMessage="No cycle by that name"
      w={260}
    />
  );
}
