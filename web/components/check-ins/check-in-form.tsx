import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { type CheckInStatus, CreateCheckInBody } from '../../../contract/check-ins.js';
import type { KeyResultView } from '../../../contract/key-results.js';
import { CHECK_IN_STATUSES } from '../../../core/scoring/index.js';
import { useCreateCheckIn } from '../../api/check-ins.js';
import { ApiError } from '../../api/client.js';
import { showRequestErrors } from '../../api/form-errors.js';
import { fieldErrors } from '../forms/contract-validator.js';
import { MentionTextarea } from '../mentions/mention-textarea.js';
import { notifySuccess } from '../notify.js';
import { FormError } from '../query-state.js';
import { type CheckInValues, checkInFieldOf, toCheckInBody, validateCheckIn } from './check-in-body.js';
import { checkInStatusLabels, describeGoal, formatKeyResultValue } from './key-result-format.js';

/**
 * The performer's dated update: a value for each key result that moved (blank leaves it as it was),
 * how confident they are, the status, a note and what blocks them.
 */
export function CheckInForm({
  promiseId,
  keyResults,
  last,
  submitTo,
}: {
  promiseId: string;
  keyResults: KeyResultView[];
  last: { confidence: number; status: CheckInStatus } | undefined;
  /** Where the check-in goes instead of the promise's check-ins (an emailed link's own endpoint). */
  submitTo?: ReturnType<typeof useCreateCheckIn>;
}) {
  const own = useCreateCheckIn(promiseId);
  const create = submitTo ?? own;
  const [error, setError] = useState<string | null>(null);
  const form = useForm<CheckInValues>({
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
    validate: (values) => validateCheckIn(keyResults, values),
  });

  const submit = form.onSubmit((values) => {
    setError(null);
    const body = CreateCheckInBody.parse(toCheckInBody(keyResults, values));
    create.mutate(body, {
      onSuccess: () => {
        // Milestones stay as reported; metric fields empty again; confidence and status carry over.
        form.setInitialValues({
          ...values,
          values: Object.fromEntries(
            Object.entries(values.values).map(([id, value]) => [id, typeof value === 'boolean' ? value : '']),
          ),
          note: '',
          blockers: '',
        });
        form.reset();
        notifySuccess('Your check-in is recorded');
      },
      onError: (failure) => {
        const valueErrors = valueIssues(failure, body.values);
        if (valueErrors) form.setErrors(valueErrors);
        else setError(showRequestErrors(form, failure, ['confidence', 'status', 'note', 'blockers']));
      },
    });
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
            <MentionTextarea
              label="Note"
              description="What happened since the last check-in"
              autosize
              minRows={2}
              {...form.getInputProps('note')}
            />
            <MentionTextarea
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
  inputProps: UseFormReturnType<CheckInValues>['getInputProps'];
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

/** The server names a refused value by its place in the list sent; show it by that key result's input. */
function valueIssues(
  failure: unknown,
  inputs: Parameters<typeof checkInFieldOf>[0],
): Record<string, string> | null {
  if (!(failure instanceof ApiError) || failure.code !== 'validation_failed') return null;
  const issues = failure.issues.map((issue) => ({ path: issue.path.split('.'), message: issue.message }));
  const errors = fieldErrors(issues, (path) =>
    path.startsWith('values.') ? checkInFieldOf(inputs)(path) : null,
  );
  return Object.keys(errors).length > 0 ? errors : null;
}
