import { Button, Checkbox, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconWebhook } from '@tabler/icons-react';
import { useState } from 'react';
import { type CreatedWebhook, CreateWebhookBody, WEBHOOK_EVENT_TYPES } from '../../../contract/webhooks.js';
import { showRequestErrors } from '../../api/form-errors.js';
import { useCreateWebhook } from '../../api/webhooks.js';
import { contractValidator } from '../forms/contract-validator.js';
import { FormError } from '../query-state.js';

/** What each event type sends, in a person's words. */
export const eventTypeLabels: Record<(typeof WEBHOOK_EVENT_TYPES)[number], string> = {
  'promise.created': 'A promise is opened',
  'promise.moved': 'A promise is moved (promised, countered, completed, assessed…)',
  'check_in.created': 'A performer checks in',
  'check_in.answered': 'A customer answers a check-in (acknowledges, comments, offers help)',
  'dependency.answered': 'A dependency is acknowledged or declined',
  'cycle.transitioned': 'A cycle is approved, reviewed or closed',
  'finding.opened': 'The strategy debugger finds a problem in the plan',
  'finding.resolved': 'A finding is no longer in the plan',
};

/** Subscribes a URL to event types; the signing secret comes back once. */
export function WebhookForm({ onCreated }: { onCreated: (created: CreatedWebhook) => void }) {
  const create = useCreateWebhook();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      url: '',
      format: 'standard',
      description: '',
      eventTypes: ['promise.moved'] as string[],
    },
    validate: contractValidator(CreateWebhookBody),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    create.mutate(values as CreateWebhookBody, {
      onSuccess: (created) => {
        form.reset();
        onCreated(created);
      },
      onError: (failure) =>
        setError(showRequestErrors(form, failure, ['url', 'format', 'description', 'eventTypes'])),
    });
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Add a webhook">
      <Stack gap="sm" maw={640}>
        <NativeSelect
          label="Receiver"
          description="Slack and Teams get a message people read, for what they act on; a program gets every event, signed"
          data={[
            { value: 'standard', label: 'A program (signed JSON, Standard Webhooks)' },
            { value: 'slack', label: 'A Slack channel (incoming webhook)' },
            { value: 'teams', label: 'A Microsoft Teams channel (workflow webhook)' },
          ]}
          key={form.key('format')}
          {...form.getInputProps('format')}
        />
        <TextInput
          label="Receiver URL"
          description="Accord sends a signed POST here for each event you choose"
          placeholder="https://example.com/hooks/accord"
          required
          key={form.key('url')}
          {...form.getInputProps('url')}
        />
        <TextInput
          label="Description"
          placeholder="Our data warehouse"
          key={form.key('description')}
          {...form.getInputProps('description')}
        />
        <Checkbox.Group
          label="Events"
          required
          key={form.key('eventTypes')}
          {...form.getInputProps('eventTypes')}
        >
          <Stack gap={6} mt={6}>
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <Checkbox key={type} value={type} label={`${eventTypeLabels[type]} (${type})`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <FormError message={error} />
        <Group>
          <Button
            type="submit"
            loading={create.isPending}
            leftSection={<IconWebhook size={18} aria-hidden="true" />}
          >
            Add webhook
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
