import { Alert, Button, Group, Loader, Stack } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import type { InboxItem } from '../../../contract/inbox.js';
import { useAnswerDependency } from '../../api/alignment.js';
import { errorMessage } from '../../api/client.js';
import { useMakeMove } from '../../api/promises.js';
import { notifySuccess } from '../notify.js';
import { CarryOverActions } from '../promises/carry-over-actions.js';
import { offersCheckIn } from './inbox-kinds.js';

// The quick check-in form (with the promise's key results) loads when the person opens it.
const QuickCheckIn = lazy(() =>
  import('./quick-check-in.js').then((module) => ({ default: module.QuickCheckIn })),
);

/**
 * The common answers to an item, given without leaving the inbox: accept an offer or a counter,
 * promise what was asked, acknowledge a dependency, check in. Each updates the inbox in place (the
 * mutation invalidates it) and says clearly why it failed, if it does. Nothing destructive is here.
 */
export function InboxItemActions({ item }: { item: InboxItem }) {
  const move = useMakeMove(item.promise.id);
  const answer = useAnswerDependency();
  const [isCheckingIn, setCheckingIn] = useState(false);
  const { title, version } = item.promise;
  if (item.kind === 'carry-over') return <CarryOverActions promise={item.promise} />;

  const makeMove = (act: 'accept-offer' | 'promise', done: string) =>
    move.mutate({ act, version }, { onSuccess: () => notifySuccess(`${done} “${title}”`) });
  const acknowledge = (id: string) =>
    answer.mutate(
      { id, answer: 'acknowledge' },
      { onSuccess: () => notifySuccess(`You acknowledged the dependency of “${title}”`) },
    );
  const failure = move.error ?? answer.error;
  const isBusy = move.isPending || answer.isPending;

  return (
    <Stack gap="xs" mt={4}>
      <Group gap="xs">
        {item.acts.includes('accept-offer') && (
          <Button size="xs" onClick={() => makeMove('accept-offer', 'You accepted')} loading={move.isPending}>
            Accept
          </Button>
        )}
        {item.acts.includes('promise') && (
          <Button size="xs" onClick={() => makeMove('promise', 'You promised')} loading={move.isPending}>
            Promise
          </Button>
        )}
        {item.kind === 'dependency' && item.dependency?.can.answer && (
          <Button
            size="xs"
            onClick={() => item.dependency && acknowledge(item.dependency.id)}
            loading={answer.isPending}
            disabled={isBusy && !answer.isPending}
          >
            Acknowledge
          </Button>
        )}
        {offersCheckIn(item) && (
          <Button
            size="xs"
            variant={isCheckingIn ? 'default' : 'filled'}
            aria-expanded={isCheckingIn}
            onClick={() => setCheckingIn(!isCheckingIn)}
          >
            {isCheckingIn ? 'Cancel the check-in' : 'Check in'}
          </Button>
        )}
      </Group>
      {failure !== null && (
        <Alert color="red" variant="light" role="alert" title="That answer did not go through">
          {errorMessage(failure)}
        </Alert>
      )}
      {isCheckingIn && (
        <Suspense fallback={<Loader size="sm" role="status" aria-label="Loading the check-in form" />}>
          <QuickCheckIn promiseId={item.promise.id} title={title} onDone={() => setCheckingIn(false)} />
        </Suspense>
      )}
    </Stack>
  );
}
