import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Dependency } from '../../../contract/alignment.js';
import { useAnswerDependency } from '../../api/alignment.js';
import { errorMessage } from '../../api/client.js';
import { notifyFailure, notifySuccess } from '../notify.js';
import { FormError } from '../query-state.js';

/** The supplier's answer to a dependency: acknowledge it, or decline it with a reason. */
export function DependencyAnswer({ dependency, name }: { dependency: Dependency; name: string }) {
  const answer = useAnswerDependency();
  const [isDeclining, setIsDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        variant="light"
        aria-label={`Acknowledge the dependency of ${name}`}
        loading={answer.isPending && answer.variables?.answer === 'acknowledge'}
        onClick={() =>
          answer.mutate(
            { id: dependency.id, answer: 'acknowledge' },
            {
              onSuccess: () => notifySuccess('The dependency is acknowledged'),
              onError: (failure) => notifyFailure('Could not acknowledge the dependency', failure),
            },
          )
        }
      >
        Acknowledge
      </Button>
      <Button
        size="xs"
        variant="light"
        color="red"
        aria-label={`Decline the dependency of ${name}`}
        onClick={() => {
          setError(null);
          setIsDeclining(true);
        }}
      >
        Decline
      </Button>
      <Modal opened={isDeclining} onClose={() => setIsDeclining(false)} title="Decline the dependency">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            answer.mutate(
              { id: dependency.id, answer: 'decline', ...(reason.trim() ? { reason: reason.trim() } : {}) },
              {
                onSuccess: () => {
                  setIsDeclining(false);
                  notifySuccess('The dependency is declined');
                },
                onError: (failure) => setError(errorMessage(failure)),
              },
            );
          }}
        >
          <Stack>
            <Textarea
              label="Why"
              description="The dependent team plans around your answer"
              required
              autosize
              minRows={3}
              data-autofocus
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <FormError message={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setIsDeclining(false)}>
                Cancel
              </Button>
              <Button type="submit" color="red" loading={answer.isPending}>
                Decline dependency
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Group>
  );
}
