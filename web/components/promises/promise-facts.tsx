import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PromiseDetail, PromiseSummary } from '../../../contract/promises.js';
import { formatCalendarDate } from '../format.js';
import { formatScore, partyNames } from './badges.js';
import { ReplyByNote } from './reply-by-field.js';

/** "The performer (Lin Wei)", or null when nobody is awaited. */
export function awaitedParties(
  promise: Pick<PromiseSummary, 'awaiting' | 'customer' | 'performers'>,
): string | null {
  if (promise.awaiting === null) return null;
  return promise.awaiting === 'customer'
    ? `The customer (${promise.customer.name})`
    : `The ${promise.performers.length > 1 ? 'performers' : 'performer'} (${partyNames(promise.performers)})`;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
        {term}
      </Text>
      <Text component="dd" m={0} size="sm">
        {children}
      </Text>
    </Stack>
  );
}

/**
 * Who the promise awaits, naming only the performers still awaited when several answer each for
 * itself (one that has promised waits on the others).
 */
function awaitedNow(promise: PromiseDetail): string | null {
  const awaited = promise.performerAnswers.filter((answer) => answer.isAwaited).map((a) => a.performer);
  if (promise.awaiting !== 'performer' || promise.performers.length < 2 || awaited.length === 0) {
    return awaitedParties(promise);
  }
  return `The ${awaited.length > 1 ? 'performers' : 'performer'} (${partyNames(awaited)})`;
}

/** Who promises whom, in which cycle and horizon, by when, and who is awaited now. */
export function PromiseFacts({ promise }: { promise: PromiseDetail }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 3, md: 4 }} spacing="md" verticalSpacing="sm" m={0}>
      <Fact term="Customer">{promise.customer.name}</Fact>
      <Fact term={promise.performers.length > 1 ? 'Performers' : 'Performer'}>
        {partyNames(promise.performers)}
      </Fact>
      <Fact term="Cycle">
        {promise.cycle.name} · {promise.horizon.name}
      </Fact>
      <Fact term="Due">{formatCalendarDate(promise.terms.dueDate)}</Fact>
      <Fact term="Awaiting">{awaitedNow(promise) ?? 'Nobody'}</Fact>
      {promise.replyBy && (
        <Fact term="Answer asked">
          <ReplyByNote date={promise.replyBy} />
        </Fact>
      )}
      <Fact term="Score">{formatScore(promise.score)}</Fact>
      {promise.tags.length > 0 && (
        <Fact term="Tags">
          <Group gap={4} component="span">
            {promise.tags.map((tag) => (
              <Badge key={tag} component="span" variant="dot" color="gray" style={{ textTransform: 'none' }}>
                {tag}
              </Badge>
            ))}
          </Group>
        </Fact>
      )}
    </SimpleGrid>
  );
}
