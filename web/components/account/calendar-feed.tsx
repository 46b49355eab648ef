import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useState } from 'react';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../../api/calendar.js';
import { errorMessage } from '../../api/client.js';
import { ConfirmDialog, useConfirmedAction } from '../confirm-dialog.js';
import { CopyField } from '../copy-field.js';
import { formatInstant } from '../format.js';
import { notifySuccess } from '../notify.js';
import { FormError, LoadError, PageLoader } from '../query-state.js';

/**
 * The person's secret calendar address: the due dates of their open promises and the planning
 * milestones, in any calendar application. Like a token, the address is shown once.
 */
export function CalendarFeedSection() {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const revoke = useConfirmedAction(useRevokeCalendarFeed(), {
    variables: (_mine: 'mine') => undefined,
    onDone: () => {
      setUrl(null);
      notifySuccess('Your calendar address is revoked');
    },
  });
  const make = () => create.mutate(undefined, { onSuccess: (created) => setUrl(created.url) });

  return (
    <section aria-labelledby="calendar-heading">
      <Title order={2} size="h3" mb={4} id="calendar-heading">
        Calendar
      </Title>
      <Text c="dimmed" mb="md">
        Subscribe to your secret calendar address in Google Calendar, Outlook or Apple Calendar to see the due
        dates of your open promises and the planning milestones. Anyone with the address can read it.
      </Text>
      {feed.isPending ? (
        <PageLoader label="Loading your calendar address" />
      ) : feed.error ? (
        <LoadError error={feed.error} onRetry={() => feed.refetch()} />
      ) : (
        <Stack gap="sm" maw={720}>
          {url ? (
            <Alert color="teal" variant="light" title="Calendar address made">
              <Stack gap="sm">
                <Text size="sm">Copy it now: it is shown only once. Make a new one if you lose it.</Text>
                <CopyField label="Calendar address" value={url} copyLabel="Copy address" />
              </Stack>
            </Alert>
          ) : feed.data.active ? (
            <Text>
              You have a calendar address, made {formatInstant(feed.data.createdAt ?? '')}
              {feed.data.lastReadAt
                ? `; last read by a calendar ${formatInstant(feed.data.lastReadAt)}.`
                : '; no calendar has read it yet.'}
            </Text>
          ) : (
            <Text>You have no calendar address.</Text>
          )}
          <FormError message={create.error ? errorMessage(create.error) : null} />
          <Group>
            <Button
              onClick={make}
              loading={create.isPending}
              leftSection={<IconCalendarEvent size={18} aria-hidden="true" />}
            >
              {feed.data.active ? 'Make a new calendar address' : 'Make my calendar address'}
            </Button>
            {feed.data.active && (
              <Button variant="default" color="red" onClick={() => revoke.ask('mine')}>
                Revoke calendar address
              </Button>
            )}
          </Group>
        </Stack>
      )}
      <ConfirmDialog {...revoke.dialog} title="Revoke your calendar address?" confirmLabel="Revoke">
        Calendar applications subscribed to it will no longer see your promises.
      </ConfirmDialog>
    </section>
  );
}
