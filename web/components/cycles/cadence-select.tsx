import { NativeSelect } from '@mantine/core';
import type { Cycle } from '../../../contract/cycles.js';
import { CADENCES } from '../../../core/scoring/index.js';
import { useUpdateCycle } from '../../api/cycles.js';
import { notifyFailure, notifySuccess } from '../notify.js';

type Cadence = Cycle['checkInCadence'];

export const cadenceLabels: Record<Cadence, string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
};

const isCadence = (value: string): value is Cadence => value in cadenceLabels;

/** How often performers check in on the promises of a cycle (owners and admins change it). */
export function CadenceSelect({ cycle }: { cycle: Cycle }) {
  const update = useUpdateCycle();
  return (
    <NativeSelect
      aria-label={`Check-in cadence of ${cycle.name}`}
      size="xs"
      w={170}
      disabled={update.isPending}
      data={CADENCES.map((cadence) => ({ value: cadence, label: cadenceLabels[cadence] }))}
      value={cycle.checkInCadence}
      onChange={(event) => {
        const { value } = event.currentTarget;
        if (!isCadence(value)) return;
        update.mutate(
          { id: cycle.id, checkInCadence: value },
          {
            onSuccess: () => notifySuccess(`${cycle.name}: check-ins ${cadenceLabels[value].toLowerCase()}`),
            onError: (error) => notifyFailure(`Could not change the cadence of ${cycle.name}`, error),
          },
        );
      }}
    />
  );
}
