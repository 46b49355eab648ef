import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  CreateCycleBody,
  type Cycle,
  type Horizon,
  MAX_CYCLE_NAME_LENGTH,
} from '../../../contract/cycles.js';
import {
  type Horizon as CoreHorizon,
  isLongerHorizon,
  suggestChildCycles,
} from '../../../core/planning/index.js';
import { useCreateCycle } from '../../api/cycles.js';
import { contractValidator } from '../forms/contract-validator.js';
import { FormActions } from '../forms/form-actions.js';
import { notifySuccess } from '../notify.js';
import { splitRequestErrors } from '../promises/request-errors.js';
import { splitRefusals } from './cycle-refusals.js';

interface Values {
  horizonId: string | null;
  parentId: string | null;
  name: string;
  startDate: string;
  endDate: string;
}

/** The request the values make; a choice or a day not given yet is left out, so the contract asks for it. */
function toCycleBody(values: Values) {
  return {
    ...values,
    horizonId: values.horizonId ?? undefined,
    startDate: values.startDate || undefined,
    endDate: values.endDate || undefined,
  };
}

function coreHorizon(horizon: Horizon): CoreHorizon {
  return horizon.months !== null
    ? { key: horizon.key, name: horizon.name, months: horizon.months }
    : { key: horizon.key, name: horizon.name, days: horizon.days ?? 1 };
}

/**
 * Adds a cycle on a horizon, nested in a cycle of a longer horizon. Choosing both suggests the next
 * child (FY2027 → FY2027-Q2); the server refuses overlaps and cycles outside their parent, and its
 * messages show next to the fields.
 */
export function CreateCycleDialog({
  opened,
  onClose,
  horizons,
  cycles,
}: {
  opened: boolean;
  onClose: () => void;
  horizons: Horizon[];
  cycles: Cycle[];
}) {
  const create = useCreateCycle();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { horizonId: null, parentId: null, name: '', startDate: '', endDate: '' },
    validate: contractValidator(CreateCycleBody, toCycleBody),
  });
  const values = form.getValues();
  const horizon = horizons.find((h) => h.id === values.horizonId);
  const parents = horizon
    ? cycles.filter((cycle) => {
        const parentHorizon = horizons.find((h) => h.id === cycle.horizon.id);
        return parentHorizon && isLongerHorizon(coreHorizon(parentHorizon), coreHorizon(horizon));
      })
    : [];

  /** The parent's next child on this horizon that does not exist yet. */
  const suggest = (horizonId: string | null, parentId: string | null) => {
    const chosen = horizons.find((h) => h.id === horizonId);
    const parent = cycles.find((c) => c.id === parentId);
    const parentHorizon = parent && horizons.find((h) => h.id === parent.horizon.id);
    if (!chosen || !parent || !parentHorizon) return;
    const taken = new Set(cycles.map((c) => c.name));
    const next = suggestChildCycles(
      {
        id: parent.id,
        name: parent.name,
        horizon: coreHorizon(parentHorizon),
        start: parent.startDate,
        end: parent.endDate,
      },
      coreHorizon(chosen),
    ).find((suggestion) => !taken.has(suggestion.name));
    if (next) form.setValues({ name: next.name, startDate: next.start, endDate: next.end });
  };

  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };
  const submit = form.onSubmit((input) => {
    setError(null);
    create.mutate(CreateCycleBody.parse(toCycleBody(input)), {
      onSuccess: (cycle) => {
        close();
        notifySuccess(`Created ${cycle.name}`);
      },
      onError: (failure) => {
        const refused = splitRefusals(failure);
        if (refused.isRefused) {
          form.setErrors(refused.fieldErrors);
          return setError(refused.message);
        }
        const split = splitRequestErrors(failure, ['horizonId', 'parentId', 'name', 'startDate', 'endDate']);
        form.setErrors(split.fieldErrors);
        setError(split.message);
      },
    });
  });

  return (
    <Modal opened={opened} onClose={close} title="Create a cycle" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Horizon"
              required
              data-autofocus
              data={horizons.map((h) => ({ value: h.id, label: h.name }))}
              key={form.key('horizonId')}
              {...form.getInputProps('horizonId')}
              onChange={(horizonId) => {
                form.setValues({ horizonId, parentId: null });
              }}
            />
            <Select
              label="Within"
              description="The longer cycle it belongs to"
              placeholder={parents.length === 0 ? 'No longer cycle' : 'None'}
              clearable
              disabled={parents.length === 0}
              data={parents.map((c) => ({ value: c.id, label: `${c.name} (${c.horizon.name})` }))}
              key={form.key('parentId')}
              {...form.getInputProps('parentId')}
              onChange={(parentId) => {
                form.setFieldValue('parentId', parentId);
                suggest(form.getValues().horizonId, parentId);
              }}
            />
          </SimpleGrid>
          <TextInput
            label="Name"
            required
            placeholder="FY2027-Q1"
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
            submitLabel="Create cycle"
            isPending={create.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}
