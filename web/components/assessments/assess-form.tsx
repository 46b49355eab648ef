import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconMoodCheck, IconMoodSad } from '@tabler/icons-react';
import { useState } from 'react';
import type { PromiseDetail } from '../../../contract/promises.js';
import { useAssess } from '../../api/assessments.js';
import { errorMessage } from '../../api/client.js';
import { notifySuccess } from '../notify.js';
import { FormError } from '../query-state.js';
import { toAssessMoveBody, validateAssessment } from './assess-body.js';

/**
 * The customer's word on a reported completion. Satisfied closes the promise; dissatisfied sends it
 * back to the performer, so it must say what is missing.
 */
export function AssessForm({ promise }: { promise: PromiseDetail }) {
  const assess = useAssess(promise);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<'satisfied' | 'dissatisfied' | null>(null);

  const declare = (satisfied: boolean) => {
    const values = { satisfied, note: note.trim() };
    const problem = validateAssessment(promise.version, values).note;
    setNoteError(problem ?? null);
    if (problem) return;
    setError(null);
    setVerdict(satisfied ? 'satisfied' : 'dissatisfied');
    assess.mutate(toAssessMoveBody(promise.version, values), {
      onSuccess: () => {
        setNote('');
        notifySuccess(
          satisfied
            ? 'You declared yourself satisfied: the promise is kept'
            : 'You declared yourself dissatisfied: the promise goes back to the performer',
        );
      },
      onError: (failure) => setError(errorMessage(failure)),
      onSettled: () => setVerdict(null),
    });
  };

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="assess-heading"
      bg="var(--mantine-color-blue-light)"
    >
      <form
        noValidate
        aria-labelledby="assess-heading"
        onSubmit={(event) => {
          event.preventDefault();
          declare(true);
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h4" id="assess-heading">
            Assess the completion
          </Title>
          <Text size="sm">
            The performer reports the promise complete. Look at the key results and say whether it satisfies
            you.
          </Text>
          <Textarea
            label="Your assessment"
            description="A note for the performer; required when you are not satisfied"
            autosize
            minRows={2}
            maw={640}
            value={note}
            onChange={(event) => {
              setNote(event.currentTarget.value);
              setNoteError(null);
            }}
            error={noteError}
          />
          <FormError message={error} />
          <Group gap="sm">
            <Button
              type="submit"
              // The theme's primary colour: white on teal fails WCAG AA contrast.
              leftSection={<IconMoodCheck size={18} aria-hidden="true" />}
              loading={verdict === 'satisfied'}
              disabled={verdict === 'dissatisfied'}
            >
              Satisfied
            </Button>
            <Button
              variant="light"
              color="red"
              leftSection={<IconMoodSad size={18} aria-hidden="true" />}
              loading={verdict === 'dissatisfied'}
              disabled={verdict === 'satisfied'}
              onClick={() => declare(false)}
            >
              Dissatisfied
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
