import { Button, Group, NumberInput, Radio, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { SetCapacityBody, type TeamCapacity } from '../../../contract/capacity.js';
import type { CapacityUnit } from '../../../core/planning/index.js';
import { useSetTeamCapacity } from '../../api/capacity.js';
import { showRequestErrors } from '../../api/form-errors.js';
import { contractValidator } from '../forms/contract-validator.js';
import { notifySuccess } from '../notify.js';
import { FormError } from '../query-state.js';

interface CapacityValues {
  unit: CapacityUnit;
  amount: number | string;
}

/** The request the values make; an emptied amount is left out, so the contract asks for it. */
function toCapacityBody(cycleId: string, values: CapacityValues) {
  return {
    cycleId,
    unit: values.unit,
    amount: typeof values.amount === 'number' ? values.amount : undefined,
  };
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
    validate: contractValidator(SetCapacityBody, (values: CapacityValues) => toCapacityBody(cycleId, values)),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    setCapacity.mutate(SetCapacityBody.parse(toCapacityBody(cycleId, values)), {
      onSuccess: (saved) => {
        if (saved.capacity) form.setInitialValues(saved.capacity);
        form.reset();
        notifySuccess(`The capacity of ${teamName} is saved`);
      },
      onError: (failure) => setError(showRequestErrors(form, failure, ['amount', 'unit'])),
    });
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
