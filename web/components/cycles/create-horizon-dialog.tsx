import { Button, Group, Modal, NumberInput, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useCreateHorizon } from '../../api/cycles.js';
import { notifySuccess } from '../notify.js';
import { splitRequestErrors } from '../promises/request-errors.js';
import { FormError } from '../query-state.js';

interface Values {
  name: string;
  length: number | string;
  unit: 'months' | 'days';
}

/** Adds a custom horizon, such as "6 months" or "6 weeks", next to 3 years, 1 year and a quarter. */
export function CreateHorizonDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreateHorizon();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: '', length: 6, unit: 'months' },
    validate: {
      name: (value) => (value.trim() ? null : 'Give the horizon a name, such as "6 months"'),
      length: (value) =>
        typeof value === 'number' && value >= 1 ? null : 'A horizon lasts at least one month or day',
    },
  });
  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };
  const submit = form.onSubmit((input) => {
    setError(null);
    const length = typeof input.length === 'number' ? input.length : 0;
    create.mutate(
      { name: input.name.trim(), ...(input.unit === 'months' ? { months: length } : { days: length }) },
      {
        onSuccess: (horizon) => {
          close();
          notifySuccess(`Added the ${horizon.name} horizon`);
        },
        onError: (failure) => {
          const split = splitRequestErrors(failure, ['name']);
          form.setErrors(split.fieldErrors);
          setError(split.message);
        },
      },
    );
  });
  const values = form.getValues();

  return (
    <Modal opened={opened} onClose={close} title="Add a horizon">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Horizon name"
            required
            data-autofocus
            maxLength={40}
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <Group align="flex-start">
            <NumberInput
              label="Length"
              required
              min={1}
              max={values.unit === 'months' ? 120 : 3653}
              allowDecimal={false}
              w={120}
              key={form.key('length')}
              {...form.getInputProps('length')}
            />
            <Radio.Group label="Counted in" key={form.key('unit')} {...form.getInputProps('unit')}>
              <Group gap="md" mt={10}>
                <Radio value="months" label="Months" />
                <Radio value="days" label="Days" />
              </Group>
            </Radio.Group>
          </Group>
          <FormError message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add horizon
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
