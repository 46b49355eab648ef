import { Button, Group, NumberInput, Radio, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { TeamCapacity } from '../../../contract/capacity.js';
import type { CapacityUnit } from '../../../core/planning/index.js';
import { useSetTeamCapacity } from '../../api/capacity.js';
import { showRequestErrors } from '../../api/form-errors.js';
import { notifySuccess } from '../notify.js';
import { FormError } from '../query-state.js';

interface CapacityValues {
  unit: CapacityUnit;
  amount: number | string;
}

/** A team's lead (or an owner or admin) declares what the team can promise in the cycle. */
export function CapacityForm({
  teamId,
  teamName,
  cycleId,
  current,
}: {
  teamId: string;
  teamName: string;
  cycleId: string;
  current: TeamCapacity['capacity'];
}) {
  const setCapacity = useSetTeamCapacity(teamId);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<CapacityValues>({
    mode: 'controlled',
    initialValues: { unit: current?.unit ?? 'promises', amount: current?.amount ?? '' },
    validate: {
      amount: (value) =>
        typeof value === 'number' && value >= 0 ? null : 'Say how much the team can promise, 0 or more',
    },
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    if (typeof values.amount !== 'number') return;
    setCapacity.mutate(
      { cycleId, unit: values.unit, amount: values.amount },
      {
        onSuccess: (saved) => {
          if (saved.capacity) form.setInitialValues(saved.capacity);
          form.reset();
          notifySuccess(`The capacity of ${teamName} is saved`);
        },
        onError: (failure) => setError(showRequestErrors(form, failure, ['amount', 'unit'])),
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label={`Capacity of ${teamName}`}>
      <Stack gap="xs">
        <Group align="flex-start" gap="lg">
          <NumberInput
            label="Capacity"
            description="What the team can promise in the cycle"
            min={0}
            max={100_000}
            w={220}
            key={form.key('amount')}
            {...form.getInputProps('amount')}
          />
          <Radio.Group label="Counted in" key={form.key('unit')} {...form.getInputProps('unit')}>
            <Group gap="md" mt={8}>
              <Radio value="promises" label="Promises" />
              <Radio value="points" label="Points" />
            </Group>
          </Radio.Group>
        </Group>
        <FormError message={error} />
        <Group>
          <Button type="submit" loading={setCapacity.isPending} disabled={!form.isDirty()}>
            Save capacity
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
