import { Button, Group, NumberInput } from '@mantine/core';
import { useState } from 'react';
import type { PromiseDetail } from '../../../contract/promises.js';
import { useSetPromiseSize, useTeamCapacity } from '../../api/capacity.js';
import { ApiError, errorMessage } from '../../api/client.js';
import { notifySuccess } from '../notify.js';

/**
 * The performer sizes the promise in points, when its team counts capacity in points (or it was
 * sized before): elsewhere a promise counts as one.
 */
export function PromiseSizeForm({ promise }: { promise: PromiseDetail }) {
  const team = promise.performers.find((party) => party.type === 'team');
  const capacity = useTeamCapacity(team?.id ?? '', team ? promise.cycle.id : null);
  const isCountedInPoints = capacity.data?.capacity?.unit === 'points';
  if (!isCountedInPoints && promise.size === null) return null;
  return <SizeForm promise={promise} />;
}

function SizeForm({ promise }: { promise: PromiseDetail }) {
  const setSize = useSetPromiseSize(promise.id);
  const [size, setSizeValue] = useState<number | string>(promise.size ?? '');
  const [error, setError] = useState<string | null>(null);
  const saved = promise.size ?? '';

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const next = typeof size === 'number' ? size : null;
    setSize.mutate(next, {
      onSuccess: () => notifySuccess(next === null ? 'The size is cleared' : `Sized at ${next} points`),
      onError: (failure) =>
        setError(
          failure instanceof ApiError
            ? (failure.issues[0]?.message ?? failure.message)
            : errorMessage(failure),
        ),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Size of the promise">
      <Group align="flex-start" gap="sm">
        <NumberInput
          label="Size in points"
          description="Counts against capacity declared in points; leave empty when it is not sized"
          min={0}
          max={10_000}
          value={size}
          onChange={setSizeValue}
          error={error}
          w={300}
        />
        <Button type="submit" variant="default" mt={44} loading={setSize.isPending} disabled={size === saved}>
          Save size
        </Button>
      </Group>
    </form>
  );
}
