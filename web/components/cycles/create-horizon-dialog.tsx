import { Group, Modal, NumberInput, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { CreateHorizonBody, MAX_HORIZON_NAME_LENGTH } from '../../../contract/cycles.js';
import { useCreateHorizon } from '../../api/cycles.js';
import { contractValidator } from '../forms/contract-validator.js';
import { FormActions } from '../forms/form-actions.js';
import { notifySuccess } from '../notify.js';
import { splitRequestErrors } from '../promises/request-errors.js';

interface Values {
  name: string;
  length: number | string;
  unit: 'months' | 'days';
}

/** The request the values make: the length in months or in days. */
function toHorizonBody(values: Values) {
  const length = typeof values.length === 'number' ? values.length : undefined;
  return { name: values.name, ...(values.unit === 'months' ? { months: length } : { days: length }) };
}

/** The length's issues, and the rule that a horizon has one length, show under the length. */
const fieldOfHorizon = (path: string) => (path === 'name' ? path : 'length');

/** Adds a custom horizon, such as "6 months" or "6 weeks", next to 3 years, 1 year and a quarter. */
export function CreateHorizonDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreateHorizon();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: '', length: 6, unit: 'months' },
    validate: contractValidator(CreateHorizonBody, toHorizonBody, fieldOfHorizon),
  });
  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };
  const submit = form.onSubmit((input) => {
    setError(null);
    create.mutate(CreateHorizonBody.parse(toHorizonBody(input)), {
      onSuccess: (horizon) => {
        close();
        notifySuccess(`Added the ${horizon.name} horizon`);
      },
      onError: (failure) => {
        const split = splitRequestErrors(failure, ['name']);
        form.setErrors(split.fieldErrors);
        setError(split.message);
      },
    });
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
            maxLength={MAX_HORIZON_NAME_LENGTH}
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
          <FormActions
            error={error}
            submitLabel="Add horizon"
            isPending={create.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}
