import { Badge, Button, Code, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { pageCount } from '../../../contract/pages.js';
import type { Webhook, WebhookDelivery } from '../../../contract/webhooks.js';
import { useRedeliverWebhook, useWebhookDeliveries } from '../../api/webhooks.js';
import { formatInstant } from '../format.js';
import { notifyFailure, notifySuccess } from '../notify.js';
import { PagePicker } from '../page-picker.js';
import { LoadError, PageLoader } from '../query-state.js';

const PAGE_SIZE = 20;

const statusColors: Record<WebhookDelivery['status'], string> = {
  delivered: 'teal',
  pending: 'yellow',
  failed: 'red',
};

/** The delivery log of one subscription: each message, how its attempts went, and redeliver. */
export function WebhookDeliveries({ webhook }: { webhook: Webhook }) {
  const [page, setPage] = useState(1);
  const deliveries = useWebhookDeliveries(webhook.id, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const redeliver = useRedeliverWebhook();
  const headingId = `deliveries-${webhook.id}`;
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="xs">
        Deliveries to {webhook.url}
      </Title>
      {deliveries.isPending ? (
        <PageLoader label="Loading deliveries" />
      ) : deliveries.error ? (
        <LoadError error={deliveries.error} onRetry={() => deliveries.refetch()} />
      ) : deliveries.data.total === 0 ? (
        <Text c="dimmed">Nothing has been sent yet.</Text>
      ) : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs">
              <Table.Caption>Deliveries, newest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Event</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Attempts</Table.Th>
                  <Table.Th scope="col">Last answer</Table.Th>
                  <Table.Th scope="col">Made</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {deliveries.data.deliveries.map((delivery) => (
                  <Table.Tr key={delivery.id}>
                    <Table.Th scope="row">
                      <Code>{delivery.eventType}</Code>
                    </Table.Th>
                    <Table.Td>
                      <Badge color={statusColors[delivery.status]} variant="light">
                        {delivery.status}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{delivery.attempts}</Table.Td>
                    <Table.Td>
                      {delivery.lastError ?? (delivery.lastStatusCode ? `${delivery.lastStatusCode}` : '—')}
                      {delivery.lastDurationMs !== null && ` (${delivery.lastDurationMs} ms)`}
                    </Table.Td>
                    <Table.Td>{formatInstant(delivery.createdAt)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        disabled={webhook.status === 'disabled'}
                        aria-label={`Redeliver ${delivery.eventType} of ${formatInstant(delivery.createdAt)}`}
                        onClick={() =>
                          redeliver.mutate(
                            { id: webhook.id, deliveryId: delivery.id },
                            {
                              onSuccess: () => notifySuccess('It will be sent again in a few seconds'),
                              onError: (error) => notifyFailure('Could not redeliver', error),
                            },
                          )
                        }
                      >
                        Redeliver
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PagePicker pages={pageCount(deliveries.data)} page={page} onChange={setPage} />
        </Stack>
      )}
    </section>
  );
}
