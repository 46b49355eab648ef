import { Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type Cycle, MAX_CYCLE_NAME_LENGTH, UpdateCycleBody } from '../../../contract/cycles.js';
import { useUpdateCycle } from '../../api/cycles.js';
import { contractValidator } from '../forms/contract-validator.js';
import { FormActions } from '../forms/form-actions.js';
import { notifySuccess } from '../notify.js';
import { splitRequestErrors } from '../promises/request-errors.js';
import { splitRefusals } from './cycle-refusals.js';

interface Values {
  name: string;
  startDate: string;
  endDate: string;
}

/** What changed, and only that: the server judges each field by its own rule. */
function changesOf(cycle: Cycle, values: Values) {
  return {
    name: values.name !== cycle.name ? values.name : undefined,
    startDate: values.startDate !== cycle.startDate ? values.startDate || undefined : undefined,
    endDate: values.endDate !== cycle.endDate ? values.endDate || undefined : undefined,
  };
}

/**
 * Renames or redates a cycle in planning. The server keeps it within its parent, clear of its horizon's
 * other cycles, around the cycles within it and the due dates of its promises; its reasons show here.
 */
export function EditCycleDialog({ cycle, onClose }: { cycle: Cycle; onClose: () => void }) {
  const update = useUpdateCycle();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: cycle.name, startDate: cycle.startDate, endDate: cycle.endDate },
    validate: contractValidator(UpdateCycleBody, (values: Values) => changesOf(cycle, values)),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    const changes = changesOf(cycle, values);
    if (Object.values(changes).every((value) => value === undefined)) return onClose();
    update.mutate(
      { id: cycle.id, ...changes },
      {
        onSuccess: (updated) => {
          onClose();
          notifySuccess(`Saved ${updated.name}`);
        },
        onError: (failure) => {
          const refused = splitRefusals(failure);
          if (refused.isRefused) {
            form.setErrors(refused.fieldErrors);
            return setError(refused.message);
          }
          const split = splitRequestErrors(failure, ['name', 'startDate', 'endDate']);
          form.setErrors(split.fieldErrors);
          setError(split.message);
        },
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={`Edit ${cycle.name}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Name"
            required
            data-autofocus
            maxLength={MAX_CYCLE_NAME_LENGTH}
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label="Start date"
              required
              key={form.key('startDate')}
              {...form.getInputProps('startDate')}
            />
            <TextInput
              type="date"
              label="End date"
              required
              key={form.key('endDate')}
              {...form.getInputProps('endDate')}
            />
          </SimpleGrid>
          <FormActions
            error={error}
            submitLabel="Save cycle"
            isPending={update.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
