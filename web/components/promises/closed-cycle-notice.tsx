import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { CarriedPromise, PromiseDetail } from '../../../contract/promises.js';
import { CarryOverActions } from './carry-over-actions.js';

/**
 * Says why a promise of a closed cycle offers nothing but comments: its record is history. Its sides
 * decide what becomes of it if it is unfinished: carry it over, end it, or leave it.
 */
export function ClosedCycleNotice({ promise }: { promise: PromiseDetail }) {
  if (promise.cycleState !== 'closed') return null;
  return (
    <Alert color="gray" variant="light" icon={<IconLock aria-hidden="true" />} title="Cycle closed">
      <Stack gap="sm">
        <Text size="sm">
          {promise.cycle.name} is closed, so this promise takes no more moves, check-ins or links; comments
          are still welcome. Carry unfinished work into the next cycle instead.
        </Text>
        {promise.carryOver.isAsked && (
          <>
            <Text size="sm">
              {promise.carryOver.hasLeft
                ? 'You left it as it is; you may still carry it over or end it.'
                : 'It is unfinished: carry it into the next cycle, end it, or leave it as it is.'}
            </Text>
            <CarryOverActions promise={promise} />
          </>
        )}
      </Stack>
    </Alert>
  );
}

/** Where a carried promise came from and where it went: links both ways. */
export function CarriedLinks({ promise }: { promise: PromiseDetail }) {
  if (!promise.carriedFrom && !promise.carriedInto) return null;
  const link = (carried: CarriedPromise) => (
    <Anchor component={Link} to={`/promises/${carried.id}`}>
      {carried.title} ({carried.cycle.name})
    </Anchor>
  );
  return (
    <Stack gap={4}>
      {promise.carriedFrom && <Text size="sm">Carried over from {link(promise.carriedFrom)}</Text>}
      {promise.carriedInto && <Text size="sm">Carried into {link(promise.carriedInto)}</Text>}
    </Stack>
  );
}
