import {
  Button,
  Checkbox,
  Group,
  Loader,
  NumberInput,
  Paper,
  Radio,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { CreateCheckInBody, type Progress } from '../../../contract/check-ins.js';
import type { KeyResultView } from '../../../contract/key-results.js';
import { CHECK_IN_STATUSES } from '../../../core/scoring/index.js';
import { useCreateCheckIn, useProgress } from '../../api/check-ins.js';
import { showRequestErrors } from '../../api/form-errors.js';
import { type CheckInValues, toCheckInBody, validateCheckIn } from '../check-ins/check-in-body.js';
import { checkInStatusLabels, describeGoal, formatKeyResultValue } from '../check-ins/key-result-format.js';
import { notifySuccess } from '../notify.js';
import { FormError, LoadError } from '../query-state.js';

/**
 * A check-in from the inbox: each key result's current value, the status and a note, with the
 * confidence of the last check-in carried over. Blockers and the charts are on the promise's page.
 */
export function QuickCheckIn({
  promiseId,
  title,
  onDone,
}: {
  promiseId: string;
  title: string;
  onDone: () => void;
}) {
  const progress = useProgress(promiseId);
  if (progress.isPending) return <Loader size="sm" role="status" aria-label="Loading the key results" />;
  if (progress.error) {
    return (
      <LoadError
        title="The key results could not be loaded"
        error={progress.error}
        onRetry={() => progress.refetch()}
      />
    );
  }
  return <QuickCheckInForm progress={progress.data} promiseId={promiseId} title={title} onDone={onDone} />;
}

function QuickCheckInForm({
  progress,
  promiseId,
  title,
  onDone,
}: {
  progress: Progress;
  promiseId: string;
  title: string;
  onDone: () => void;
}) {
  const create = useCreateCheckIn(promiseId);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const { keyResults } = progress;
  const last = progress.confidence.at(-1);
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
    create.mutate(CreateCheckInBody.parse(toCheckInBody(keyResults, values)), {
      onSuccess: () => {
        notifySuccess(`You checked in on “${title}”`);
        onDone();
      },
      onError: (failure) => setError(showRequestErrors(form, failure, ['confidence', 'status', 'note'])),
    });
  });

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId}>
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        <Stack gap="sm">
          <span id={headingId} hidden>
            Check in on {title}
          </span>
          {keyResults.map((kr) => (
            <ValueField key={kr.conditionId} keyResult={kr} inputProps={form.getInputProps} />
          ))}
          <Group align="flex-start" gap="lg" wrap="wrap">
            <Radio.Group label="Status" {...form.getInputProps('status')}>
              <Group mt={4} gap="sm">
                {CHECK_IN_STATUSES.map((status) => (
                  <Radio key={status} value={status} label={checkInStatusLabels[status]} />
                ))}
              </Group>
            </Radio.Group>
            <NumberInput
              label="Confidence"
              description="0 to 10"
              min={0}
              max={10}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="strict"
              w={120}
              {...form.getInputProps('confidence')}
            />
          </Group>
          <Textarea label="Note" autosize minRows={2} {...form.getInputProps('note')} />
          <FormError message={error} />
          <Group>
            <Button type="submit" size="xs" loading={create.isPending}>
              Send the check-in
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
        description={`Now ${now.toLowerCase()}`}
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
