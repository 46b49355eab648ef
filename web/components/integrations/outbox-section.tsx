import { Badge, Button, Code, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  OUTBOX_KINDS,
  OUTBOX_STATES,
  type OutboxItem,
  type OutboxKind,
  type OutboxState,
} from '../../../contract/outbox.js';
import { pageCount } from '../../../contract/pages.js';
import { useOutbox, useRetryOutboxItem } from '../../api/outbox.js';
import { formatInstant } from '../format.js';
import { notifyFailure, notifySuccess } from '../notify.js';
import { PagePicker } from '../page-picker.js';
import { LoadError, PageLoader } from '../query-state.js';

const PAGE_SIZE = 20;

const stateLabels: Record<OutboxState, string> = {
  waiting: 'Waiting',
  retrying: 'Being retried',
  failed: 'Failed',
};
const stateColors: Record<OutboxState, string> = { waiting: 'gray', retrying: 'yellow', failed: 'red' };
const kindLabels: Record<OutboxKind, string> = { email: 'Email', webhook: 'Webhook delivery' };

function isState(value: string): value is OutboxState {
  return (OUTBOX_STATES as readonly string[]).includes(value);
}
function isKind(value: string): value is OutboxKind {
  return (OUTBOX_KINDS as readonly string[]).includes(value);
}

/**
 * The organization's outbox: the emails and webhook deliveries not sent yet, how their attempts
 * went, and "Retry now" for what failed or waits for its next retry.
 */
export function OutboxSection() {
  const [state, setState] = useState<OutboxState | undefined>(undefined);
  const [kind, setKind] = useState<OutboxKind | undefined>(undefined);
  const [page, setPage] = useState(1);
  const outbox = useOutbox({ state, kind, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const retry = useRetryOutboxItem();
  const counts = outbox.data?.counts;

  const retryNow = (item: OutboxItem) =>
    retry.mutate(
      { kind: item.kind, id: item.id },
      {
        onSuccess: () => notifySuccess('It will be sent again in a few seconds'),
        onError: (error) => notifyFailure('Could not retry', error),
      },
    );

  return (
    <section aria-labelledby="outbox-heading">
      <Title order={2} size="h3" mb="xs" id="outbox-heading">
        Outbox
      </Title>
      <Text size="sm" mb="sm">
        Emails and webhook deliveries not sent yet. A failed attempt is retried for three days, then given up.
      </Text>
      {counts && (
        <Group gap="md" mb="sm" aria-label="How many in each state" role="list">
          {OUTBOX_STATES.map((each) => (
            <Text key={each} size="sm" role="listitem">
              {stateLabels[each]}: <strong>{counts[each]}</strong>
            </Text>
          ))}
        </Group>
      )}
      <Group gap="sm" mb="sm" align="end">
        <NativeSelect
          label="Filter by state"
          value={state ?? ''}
          data={[
            { value: '', label: 'Any state' },
            ...OUTBOX_STATES.map((each) => ({ value: each, label: stateLabels[each] })),
          ]}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setState(isState(value) ? value : undefined);
            setPage(1);
          }}
        />
        <NativeSelect
          label="Filter by kind"
          value={kind ?? ''}
          data={[
            { value: '', label: 'Emails and webhooks' },
            ...OUTBOX_KINDS.map((each) => ({ value: each, label: kindLabels[each] })),
          ]}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setKind(isKind(value) ? value : undefined);
            setPage(1);
          }}
        />
      </Group>
      {outbox.isPending ? (
        <PageLoader label="Loading the outbox" />
      ) : outbox.error ? (
        <LoadError error={outbox.error} onRetry={() => outbox.refetch()} />
      ) : outbox.data.total === 0 ? (
        <Text c="dimmed">Nothing {state ? `${stateLabels[state].toLowerCase()} ` : ''}in the outbox.</Text>
      ) : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="xs">
              <Table.Caption>The outbox, newest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">What</Table.Th>
                  <Table.Th scope="col">To</Table.Th>
                  <Table.Th scope="col">State</Table.Th>
                  <Table.Th scope="col">Attempts</Table.Th>
                  <Table.Th scope="col">Next attempt</Table.Th>
                  <Table.Th scope="col">Last error</Table.Th>
                  <Table.Th scope="col">Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outbox.data.items.map((item) => (
                  <Table.Tr key={`${item.kind}:${item.id}`}>
                    <Table.Th scope="row">
                      <Text size="sm">{kindLabels[item.kind]}</Text>
                      {item.kind === 'webhook' ? <Code>{item.summary}</Code> : item.summary}
                      <Text size="xs">Made {formatInstant(item.createdAt)}</Text>
                    </Table.Th>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{item.recipient}</Table.Td>
                    <Table.Td>
                      <Badge
                        color={stateColors[item.state]}
                        variant="light"
                        style={{ minWidth: 'max-content' }}
                      >
                        {stateLabels[item.state]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{item.attempts}</Table.Td>
                    <Table.Td>{item.nextAttemptAt ? formatInstant(item.nextAttemptAt) : '—'}</Table.Td>
                    <Table.Td>{item.lastError ?? '—'}</Table.Td>
                    <Table.Td>
                      {item.state !== 'waiting' && (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={`Retry now: ${item.summary} to ${item.recipient}`}
                          loading={retry.isPending && retry.variables?.id === item.id}
                          onClick={() => retryNow(item)}
                        >
                          Retry now
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PagePicker pages={pageCount(outbox.data)} page={page} onChange={setPage} />
        </Stack>
      )}
    </section>
  );
}
