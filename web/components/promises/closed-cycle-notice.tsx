import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { PromiseDetail } from '../../../contract/promises.js';

/** Says why a promise of a closed cycle offers nothing but comments: its record is history. */
export function ClosedCycleNotice({ promise }: { promise: PromiseDetail }) {
  if (promise.cycleState !== 'closed') return null;
  return (
    <Alert color="gray" variant="light" icon={<IconLock aria-hidden="true" />} title="Cycle closed">
      {promise.cycle.name} is closed, so this promise takes no more moves, check-ins or links; comments are
      still welcome. Carry unfinished work into the next cycle instead.
    </Alert>
  );
}
