import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { PlanningSettings } from '../../../contract/cycles.js';
import { usePlanningSettings, useUpdatePlanningSettings } from '../../api/cycles.js';
import { showRequestErrors } from '../../api/form-errors.js';
import { contractValidator } from '../forms/contract-validator.js';
import { notifySuccess } from '../notify.js';
import { FormError, LoadError, PageLoader } from '../query-state.js';

const fields = ['directionWeeksBefore', 'draftsWeeksBefore'] as const;

function SettingsForm({ settings }: { settings: PlanningSettings }) {
  const update = useUpdatePlanningSettings();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<PlanningSettings>({
    mode: 'controlled',
    // Whole weeks are the contract's rule; the direction before the drafts is the server's, whose refusal shows here.
    initialValues: settings,
    validate: contractValidator(PlanningSettings),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    update.mutate(values, {
      onSuccess: (saved) => {
        form.setInitialValues(saved);
        form.reset();
        notifySuccess('Planning timeline saved');
      },
      onError: (failure) => setError(showRequestErrors(form, failure, fields)),
    });
  });
  const numberProps = (field: (typeof fields)[number]) => {
    const props = form.getInputProps(field);
    return {
      ...props,
      onChange: (value: string | number) => props.onChange(typeof value === 'number' ? value : 0),
    };
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Planning timeline">
      <Stack maw={560} gap="sm">
        <Text size="sm" c="dimmed">
          Every cycle's milestones, in whole weeks before it starts. The plan is approved when the cycle
          starts.
        </Text>
        <Group align="flex-start" grow>
          <NumberInput
            label="Direction due, weeks before"
            description="Leadership publishes the direction"
            min={0}
            max={26}
            allowDecimal={false}
            key={form.key('directionWeeksBefore')}
            {...numberProps('directionWeeksBefore')}
          />
          <NumberInput
            label="Drafts due, weeks before"
            description="Teams share their drafts"
            min={0}
            max={26}
            allowDecimal={false}
            key={form.key('draftsWeeksBefore')}
            {...numberProps('draftsWeeksBefore')}
          />
        </Group>
        <FormError message={error} />
        <Group>
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            Save timeline
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The organization's planning offsets, for its owners and admins. */
export function PlanningSettingsForm() {
  const settings = usePlanningSettings();
  if (settings.isPending) return <PageLoader label="Loading the planning timeline" />;
  if (settings.error) return <LoadError error={settings.error} onRetry={() => settings.refetch()} />;
  return <SettingsForm settings={settings.data} />;
}
