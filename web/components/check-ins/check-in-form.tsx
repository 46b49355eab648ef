import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import type { CheckInStatus } from '../../../contract/check-ins.js';
import type { KeyResultView } from '../../../contract/key-results.js';
import { CHECK_IN_STATUSES, parseDecimal } from '../../../core/scoring/index.js';
import { useCreateCheckIn } from '../../api/check-ins.js';
import { ApiError } from '../../api/client.js';
import { showRequestErrors } from '../../api/form-errors.js';
import { notifySuccess } from '../notify.js';
import { FormError } from '../query-state.js';
import { checkInStatusLabels, describeGoal, formatKeyResultValue } from './key-result-format.js';

interface Values {
  values: Record<string, string | boolean>;
  confidence: number | string;
  status: CheckInStatus;
  note: string;
  blockers: string;
}

type ValueInput = { conditionId: string; value: string } | { conditionId: string; done: boolean };

/**
 * The performer's dated update: a value for each key result that moved (blank leaves it as it was),
 * how confident they are, the status, a note and what blocks them.
 */
export function CheckInForm({
  promiseId,
  keyResults,
  last,
}: {
  promiseId: string;
  keyResults: KeyResultView[];
  last: { confidence: number; status: CheckInStatus } | undefined;
}) {
  const create = useCreateCheckIn(promiseId);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      values: Object.fromEntries(
        keyResults.map((kr) => [
          kr.conditionId,
          kr.definition.kind === 'milestone' ? kr.current === true : '',
        ]),
      ),
      confidence: last?.confidence ?? 5,
      status: last?.status ?? 'on-track',
      note: '',
      blockers: '',
    },
    validate: (values) => {
      const errors: Record<string, string> = {};
      for (const [id, value] of Object.entries(values.values)) {
        if (typeof value !== 'string' || value.trim() === '') continue;
        const parsed = parseDecimal(value.trim());
        if (!parsed.ok) errors[`values.${id}`] = parsed.refusal.message;
      }
      const { confidence } = values;
      if (
        !(
          typeof confidence === 'number' &&
          Number.isInteger(confidence) &&
          confidence >= 0 &&
          confidence <= 10
        )
      ) {
        errors.confidence = 'Give a whole number from 0 to 10';
      }
      return errors;
    },
  });

  const submit = form.onSubmit((values) => {
    setError(null);
    const inputs = toValueInputs(keyResults, values.values);
    create.mutate(
      {
        values: inputs,
        confidence: Number(values.confidence),
        status: values.status,
        note: values.note,
        blockers: values.blockers,
      },
      {
        onSuccess: () => {
          // Milestones stay as reported; metric fields empty again; confidence and status carry over.
          form.setInitialValues({
            ...values,
            values: Object.fromEntries(
              Object.entries(values.values).map(([id, value]) => [
                id,
                typeof value === 'boolean' ? value : '',
              ]),
            ),
            note: '',
            blockers: '',
          });
          form.reset();
          notifySuccess('Your check-in is recorded');
        },
        onError: (failure) => {
          const valueErrors = valueIssues(failure, inputs);
          if (valueErrors) form.setErrors(valueErrors);
          else setError(showRequestErrors(form, failure, ['confidence', 'status', 'note', 'blockers']));
        },
      },
    );
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="check-in-heading">
      <Title order={3} size="h4" id="check-in-heading" mb="sm">
        New check-in
      </Title>
      <form onSubmit={submit} noValidate aria-labelledby="check-in-heading">
        <Stack>
          {keyResults.length > 0 && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {keyResults.map((kr) => (
                <ValueField key={kr.conditionId} keyResult={kr} inputProps={form.getInputProps} />
              ))}
            </SimpleGrid>
          )}
          <Group align="flex-start" gap="xl" wrap="wrap">
            <NumberInput
              label="Confidence"
              description="0 = no chance, 10 = certain"
              min={0}
              max={10}
              step={1}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="strict"
              w={200}
              {...form.getInputProps('confidence')}
            />
            <Radio.Group label="Status" {...form.getInputProps('status')}>
              <Group mt="xs">
                {CHECK_IN_STATUSES.map((status) => (
                  <Radio key={status} value={status} label={checkInStatusLabels[status]} />
                ))}
              </Group>
            </Radio.Group>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label="Note"
              description="What happened since the last check-in"
              autosize
              minRows={2}
              {...form.getInputProps('note')}
            />
            <Textarea
              label="Blockers"
              description="What is in the way, and who could help"
              autosize
              minRows={2}
              {...form.getInputProps('blockers')}
            />
          </SimpleGrid>
          <FormError message={error} />
          <Group>
            <Button
              type="submit"
              loading={create.isPending}
              leftSection={<IconChecks size={18} aria-hidden="true" />}
            >
              Check in
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function ValueField({
  keyResult,
  inputProps,
}: {
  keyResult: KeyResultView;
  inputProps: UseFormReturnType<Values>['getInputProps'];
}) {
  const path = `values.${keyResult.conditionId}`;
  const { definition } = keyResult;
  const now = formatKeyResultValue(definition, keyResult.current);
  if (definition.kind === 'milestone') {
    return (
      <Checkbox
        label={keyResult.text}
        description={`Done or not done · now ${now.toLowerCase()}`}
        mt="md"
        {...inputProps(path, { type: 'checkbox' })}
      />
    );
  }
  return (
    <TextInput
      label={keyResult.text}
      description={`${describeGoal(definition)} · now ${now}`}
      placeholder="Leave blank if unchanged"
      inputMode="decimal"
      autoComplete="off"
      rightSection={definition.unitKind === 'percent' ? '%' : undefined}
      {...inputProps(path)}
    />
  );
}

/** Only what the performer touched goes in: a typed value, or a milestone ticked or unticked. */
function toValueInputs(keyResults: KeyResultView[], values: Values['values']): ValueInput[] {
  return keyResults.flatMap((kr): ValueInput[] => {
    const value = values[kr.conditionId];
    if (typeof value === 'boolean') {
      return kr.definition.kind === 'milestone' && value !== (kr.current === true)
        ? [{ conditionId: kr.conditionId, done: value }]
        : [];
    }
    const text = value?.trim() ?? '';
    return text === '' ? [] : [{ conditionId: kr.conditionId, value: text }];
  });
}

/** The server names a refused value by its place in the list sent; show it by that key result's input. */
function valueIssues(failure: unknown, inputs: ValueInput[]): Record<string, string> | null {
  if (!(failure instanceof ApiError) || failure.code !== 'validation_failed') return null;
  const errors: Record<string, string> = {};
  for (const issue of failure.issues) {
    const index = /^values\.(\d+)/.exec(issue.path)?.[1];
    const input = index === undefined ? undefined : inputs[Number(index)];
    if (input)
      errors[`values.${input.conditionId}`] = issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
