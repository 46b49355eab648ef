import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { formatCycleDates } from '../cycles/cycle-options.js';
import { useCycleOptions } from '../cycles/use-cycle-options.js';
import type { NewPromiseValues } from './new-promise-values.js';

/** The cycle a promise belongs to, and its due date within that cycle. */
export function CycleAndDueDateFields({ form }: { form: UseFormReturnType<NewPromiseValues> }) {
  const options = useCycleOptions();
  const values = form.getValues();
  const cycle = options.cycles.find((c) => c.id === values.cycleId);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label="Cycle"
        description={
          cycle ? `${cycle.horizon.name}: ${formatCycleDates(cycle)}` : 'The planning period it belongs to'
        }
        required
        searchable
        data={options.data}
        placeholder={options.isPending ? 'Loading cycles…' : undefined}
        nothingFoundMessage="No cycle by that name; owners and admins create cycles"
        error={form.errors.cycleId ?? (options.error ? 'The cycles could not be loaded' : undefined)}
        key={form.key('cycleId')}
        value={values.cycleId}
        onChange={(cycleId) => {
          form.setFieldValue('cycleId', cycleId);
          // A new cycle moves a due date that falls outside it to the cycle's end.
          const next = options.cycles.find((c) => c.id === cycleId);
          const { dueDate } = form.getValues();
          if (next && (!dueDate || dueDate < next.startDate || dueDate > next.endDate)) {
            form.setFieldValue('dueDate', next.endDate);
          }
        }}
      />
      <TextInput
        type="date"
        label="Due date"
        description={cycle ? `Within ${cycle.name}` : 'Within the cycle'}
        required
        min={cycle?.startDate}
        max={cycle?.endDate}
        key={form.key('dueDate')}
        {...form.getInputProps('dueDate')}
      />
    </SimpleGrid>
  );
}
