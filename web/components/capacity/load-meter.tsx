import { Progress, Stack, Text } from '@mantine/core';
import type { TeamCapacity } from '../../../contract/capacity.js';
import { type CapacityUnit, capacityStanding } from '../../../core/planning/index.js';

const unitWords = {
  promises: ['promise', 'promises'],
  points: ['point', 'points'],
} as const satisfies Record<CapacityUnit, readonly [string, string]>;

/** "3 promises", "1 point" */
export function amountOf(amount: number, unit: CapacityUnit): string {
  return `${amount} ${unitWords[unit][amount === 1 ? 0 : 1]}`;
}

/** "2 accepted and 1 pending, against a capacity of 3 promises" */
export function describeLoad(load: TeamCapacity['load'], capacity: TeamCapacity['capacity']): string {
  const taken = `${load.accepted} accepted and ${load.pending} pending`;
  return capacity ? `${taken}, against a capacity of ${amountOf(capacity.amount, capacity.unit)}` : taken;
}

/**
 * A team's load against its capacity: accepted in full colour (red once over), pending asks striped
 * after it. Without a declared capacity there is nothing to measure against, so only the numbers show.
 */
export function LoadMeter({
  load,
  capacity,
  label,
}: {
  load: TeamCapacity['load'];
  capacity: TeamCapacity['capacity'];
  label: string;
}) {
  if (!capacity) {
    return (
      <Text size="sm" c="dimmed">
        {load.accepted} accepted, {load.pending} pending; no capacity declared
      </Text>
    );
  }
  const { isOverCapacity: isOver, wouldBeOverCapacity: wouldBeOver } = capacityStanding(capacity, load);
  const scale = Math.max(capacity.amount, load.accepted + load.pending, 1);
  const percent = (amount: number) => (amount / scale) * 100;
  return (
    <Stack gap={4} miw={160}>
      <Text size="sm" c={isOver ? 'red' : undefined} fw={isOver ? 600 : undefined}>
        {load.accepted} of {amountOf(capacity.amount, capacity.unit)}
        {load.pending > 0 && ` (+${load.pending} pending)`}
        {isOver && ' · over capacity'}
      </Text>
      <Progress.Root
        size="md"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={capacity.amount}
        aria-valuenow={load.accepted}
        aria-valuetext={describeLoad(load, capacity)}
      >
        <Progress.Section withAria={false} value={percent(load.accepted)} color={isOver ? 'red' : 'blue'} />
        <Progress.Section
          withAria={false}
          value={percent(load.pending)}
          color={wouldBeOver ? 'orange' : 'gray'}
          striped
        />
      </Progress.Root>
    </Stack>
  );
}
