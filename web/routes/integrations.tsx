import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconWebhook } from '@tabler/icons-react';
import { useState } from 'react';
import { pageCount } from '../../contract/pages.js';
import type { CreatedWebhook, Webhook } from '../../contract/webhooks.js';
import { useCurrentOrganization } from '../api/me.js';
import { useRemoveWebhook, useRotateWebhookSecret, useUpdateWebhook, useWebhooks } from '../api/webhooks.js';
import { ConfirmDialog, useConfirmedAction } from '../components/confirm-dialog.js';
import { CopyField } from '../components/copy-field.js';
import { EmptyMessage } from '../components/empty-message.js';
import { formatInstant } from '../components/format.js';
import { OutboxSection } from '../components/integrations/outbox-section.js';
import { WebhookDeliveries } from '../components/integrations/webhook-deliveries.js';
import { WebhookForm } from '../components/integrations/webhook-form.js';
import { notifyFailure, notifySuccess } from '../components/notify.js';
import { PageHeader } from '../components/page-header.js';
import { PagePicker } from '../components/page-picker.js';
import { LoadError, PageLoader } from '../components/query-state.js';
import { SsoSettingsSection } from '../components/sso/sso-settings-section.js';

const PAGE_SIZE = 20;

const statusColors: Record<Webhook['status'], string> = {
  active: 'teal',
  failing: 'yellow',
  disabled: 'red',
};

/** Owners and admins connect Accord to other systems: webhooks, signed as Standard Webhooks. */
export function IntegrationsRoute() {
  const organization = useCurrentOrganization();
  if (!organization.can.manageIntegrations) {
    return (
      <>
        <PageHeader title="Integrations" />
        <Text>Only owners and admins of {organization.name} manage its integrations.</Text>
      </>
    );
  }
  return <Integrations />;
}

function Integrations() {
  const [page, setPage] = useState(1);
  const webhooks = useWebhooks({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const [created, setCreated] = useState<{ title: string; result: CreatedWebhook } | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const update = useUpdateWebhook();
  const rotate = useRotateWebhookSecret();
  const remove = useConfirmedAction(useRemoveWebhook(), {
    variables: (webhook: Webhook) => webhook.id,
    onDone: () => notifySuccess('The webhook is removed'),
  });
  const selected = webhooks.data?.webhooks.find((webhook) => webhook.id === shown) ?? null;

  return (
    <>
      <PageHeader
        title="Integrations"
        description="Send what happens in Accord to other systems as it happens. Each delivery is signed (Standard Webhooks) and retried for three days."
      />
      <Stack gap="xl" maw={1000}>
        <section aria-labelledby="webhooks-heading">
          <Title order={2} size="h3" mb="sm" id="webhooks-heading">
            Webhooks
          </Title>
          {created && (
            <Alert color="teal" variant="light" title={created.title} mb="md">
              <Stack gap="sm">
                <Text size="sm">
                  Verify each delivery with this secret (any Standard Webhooks library does). It is shown only
                  once.
                </Text>
                <CopyField label="Signing secret" value={created.result.secret} copyLabel="Copy secret" />
                <Group>
                  <Button variant="default" onClick={() => setCreated(null)}>
                    I have copied the secret
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          {webhooks.isPending ? (
            <PageLoader label="Loading webhooks" />
          ) : webhooks.error ? (
            <LoadError error={webhooks.error} onRetry={() => webhooks.refetch()} />
          ) : webhooks.data.total === 0 ? (
            <EmptyMessage icon={<IconWebhook aria-hidden="true" />} title="No webhooks yet">
              Add one below to send events to a URL.
            </EmptyMessage>
          ) : (
            <Stack gap="sm">
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing="sm">
                  <Table.Caption>The organization's webhooks</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">URL</Table.Th>
                      <Table.Th scope="col">Events</Table.Th>
                      <Table.Th scope="col">Status</Table.Th>
                      <Table.Th scope="col">Actions</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {webhooks.data.webhooks.map((webhook) => (
                      <Table.Tr key={webhook.id}>
                        <Table.Th scope="row" style={{ wordBreak: 'break-all' }}>
                          {webhook.url}
                          {webhook.format !== 'standard' && (
                            <Text size="sm">{webhook.format === 'slack' ? 'Slack' : 'Microsoft Teams'}</Text>
                          )}
                          {webhook.description && (
                            <Text size="sm" c="dimmed">
                              {webhook.description}
                            </Text>
                          )}
                        </Table.Th>
                        <Table.Td>{webhook.eventTypes.join(', ')}</Table.Td>
                        <Table.Td>
                          <Badge color={statusColors[webhook.status]} variant="light">
                            {webhook.status}
                          </Badge>
                          {webhook.disabledReason && <Text size="sm">{webhook.disabledReason}</Text>}
                          {webhook.failingSince && webhook.status === 'failing' && (
                            <Text size="sm">Failing since {formatInstant(webhook.failingSince)}</Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs">
                            <Button
                              size="xs"
                              variant={shown === webhook.id ? 'filled' : 'default'}
                              aria-pressed={shown === webhook.id}
                              onClick={() => setShown(shown === webhook.id ? null : webhook.id)}
                            >
                              Deliveries
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() =>
                                rotate.mutate(webhook.id, {
                                  onSuccess: (result) =>
                                    setCreated({
                                      title: 'New signing secret; the old one works for 24 hours',
                                      result,
                                    }),
                                  onError: (error) => notifyFailure('Could not rotate the secret', error),
                                })
                              }
                            >
                              Rotate secret
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() =>
                                update.mutate(
                                  { id: webhook.id, body: { isEnabled: webhook.status === 'disabled' } },
                                  {
                                    onError: (error) => notifyFailure('Could not change the webhook', error),
                                  },
                                )
                              }
                            >
                              {webhook.status === 'disabled' ? 'Enable' : 'Disable'}
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              color="red"
                              onClick={() => remove.ask(webhook)}
                            >
                              Remove
                            </Button>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <PagePicker pages={pageCount(webhooks.data)} page={page} onChange={setPage} />
            </Stack>
          )}
        </section>
        {selected && <WebhookDeliveries webhook={selected} />}
        <section aria-labelledby="add-webhook-heading">
          <Title order={2} size="h3" mb="sm" id="add-webhook-heading">
            Add a webhook
          </Title>
          <WebhookForm
            onCreated={(result) => setCreated({ title: `Webhook to ${result.webhook.url} added`, result })}
          />
        </section>
        <OutboxSection />
        <SsoSettingsSection />
      </Stack>
      <ConfirmDialog {...remove.dialog} title="Remove this webhook?" confirmLabel="Remove">
        Nothing more will be sent to {remove.item?.url}. Its delivery log goes with it.
      </ConfirmDialog>
    </>
  );
}
