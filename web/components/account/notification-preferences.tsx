import { Alert, NativeSelect, Table, Text, Title } from '@mantine/core';
import { DIGEST_CHANNELS, type NotificationChannel, type NotificationKind } from '../../../contract/email.js';
import {
  useNotificationPreferences,
  useUpdateNotificationPreferences,
} from '../../api/notification-preferences.js';
import { notifyFailure, notifySuccess } from '../notify.js';
import { LoadError, PageLoader } from '../query-state.js';

const kindLabels: Record<NotificationKind, string> = {
  'ask-received': 'Someone asks something of you',
  'offer-received': 'Someone offers you a promise',
  'counter-received': 'A counter-proposal to you',
  'promise-agreed': 'A promise of yours is agreed',
  'promise-declined': 'A promise of yours is declined',
  'renegotiation-proposed': 'Someone proposes to renegotiate',
  'completion-reported': 'Work is reported complete, for you to assess',
  'promise-assessed': 'The customer assessed your work',
  'check-in-posted': 'A check-in on a promise made to you',
  'check-in-answered': 'An answer to a check-in of yours',
  'dependency-acknowledged': 'A dependency of yours was acknowledged',
  'review-requested': 'Your review of a draft is asked',
  'question-raised': 'A question on a draft you shared',
  'question-answered': 'An answer to your question',
  'milestone-near': 'A planning milestone is near',
  'milestone-missed': 'A planning milestone was missed',
  'dependency-declined': 'A dependency of yours was declined',
  'promise-ended': 'A promise you rely on was withdrawn or revoked',
  'webhook-disabled': 'A webhook stopped (owners and admins)',
  'check-in-due': 'A check-in of yours is due',
  mentioned: 'Someone mentioned you',
  'reply-by-near': 'An answer asked of you is due tomorrow',
  'finding-opened': 'The strategy debugger finds a problem you are a party to',
  'weekly-digest': "The weekly digest of the organization's progress",
};

const channelLabels: Record<NotificationChannel, string> = {
  app: 'In Accord only',
  email: 'In Accord and by email',
  daily: 'In Accord and in a daily summary',
  off: 'Off',
};

/** The weekly digest is an email or nothing; every other kind may go anywhere. */
const channelsOf = (kind: NotificationKind): readonly NotificationChannel[] =>
  kind === 'weekly-digest' ? DIGEST_CHANNELS : (['app', 'email', 'daily', 'off'] as const);

/** Where each kind of notification goes, chosen per kind; saved as soon as it is changed. */
export function NotificationPreferencesSection() {
  const preferences = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();
  return (
    <section aria-labelledby="notification-preferences-heading">
      <Title order={2} size="h3" mb={4} id="notification-preferences-heading">
        Notifications
      </Title>
      <Text c="dimmed" mb="md">
        Choose where each kind of notification reaches you: at once by email, or once a day in a summary at
        08:00. Every email has a link to stop that kind.
      </Text>
      {preferences.isPending ? (
        <PageLoader label="Loading your notification settings" />
      ) : preferences.error ? (
        <LoadError error={preferences.error} onRetry={() => preferences.refetch()} />
      ) : (
        <>
          {!preferences.data.emailEnabled && (
            <Alert color="gray" variant="light" mb="md" title="Email is off on this instance">
              Notifications reach you in Accord only, until an administrator sets ACCORD_SMTP_URL.
            </Alert>
          )}
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="xs">
              <Table.Caption>Where each kind of notification goes</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Where</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preferences.data.preferences.map((preference) => (
                  <Table.Tr key={preference.kind}>
                    <Table.Th scope="row" fw={400}>
                      {kindLabels[preference.kind]}
                    </Table.Th>
                    <Table.Td>
                      <NativeSelect
                        aria-label={`Where: ${kindLabels[preference.kind]}`}
                        value={preference.channel}
                        disabled={update.isPending}
                        data={channelsOf(preference.kind).map((channel) => ({
                          value: channel,
                          label:
                            preference.kind === 'weekly-digest' && channel === 'email'
                              ? 'By email'
                              : channelLabels[channel],
                          disabled: channel !== 'app' && channel !== 'off' && !preferences.data.emailEnabled,
                        }))}
                        onChange={(event) =>
                          update.mutate(
                            {
                              preferences: [
                                {
                                  kind: preference.kind,
                                  channel: event.currentTarget.value as NotificationChannel,
                                },
                              ],
                            },
                            {
                              onSuccess: () => notifySuccess('Saved'),
                              onError: (error) => notifyFailure('Could not save the setting', error),
                            },
                          )
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </section>
  );
}
