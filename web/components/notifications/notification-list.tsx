import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Notification } from '../../../contract/notifications.js';
import { useMarkNotificationRead } from '../../api/notifications.js';
import { formatInstant } from '../format.js';
import { notifyFailure } from '../notify.js';
import { type PromiseSectionId, promisePath } from '../promises/section-paths.js';

const kindLabels: Record<Notification['kind'], string> = {
  'ask-received': 'An ask for you',
  'offer-received': 'An offer for you',
  'counter-received': 'Counter-proposal',
  'promise-agreed': 'Agreed',
  'promise-declined': 'Declined',
  'renegotiation-proposed': 'Renegotiation',
  'completion-reported': 'Completed, to assess',
  'promise-assessed': 'Assessed',
  'check-in-posted': 'Check-in',
  'check-in-answered': 'Answer to a check-in',
  'dependency-acknowledged': 'Dependency acknowledged',
  'review-requested': 'Review requested',
  'question-raised': 'A question',
  'question-answered': 'An answer',
  'milestone-near': 'Milestone due soon',
  'milestone-missed': 'Milestone missed',
  'dependency-declined': 'Dependency declined',
  'promise-ended': 'Promise ended',
  'webhook-disabled': 'Webhook disabled',
  'check-in-due': 'Check-in due',
  mentioned: 'Mention',
  'reply-by-near': 'Reply due tomorrow',
  'finding-opened': 'New finding',
};

/** The section of the promise's page a notification is about; none for a move (the page leads with it). */
const sectionOf: Partial<Record<Notification['kind'], PromiseSectionId>> = {
  'check-in-posted': 'key-results',
  'check-in-answered': 'key-results',
  'check-in-due': 'check-in',
  'milestone-near': 'key-results',
  'milestone-missed': 'key-results',
  'dependency-acknowledged': 'links',
  'dependency-declined': 'links',
  'review-requested': 'review',
  'question-raised': 'review',
  'question-answered': 'review',
  'promise-ended': 'history',
};

/** Where a notification leads: its promise (at the section it is about), else the planning of its cycle, else its page. */
function pathOf(notification: Notification): string | null {
  if (notification.kind === 'webhook-disabled') return '/integrations';
  if (notification.kind === 'mentioned' && notification.cycleId && !notification.promiseId)
    return `/planning/${encodeURIComponent(notification.cycleId)}/direction`;
  if (notification.promiseId) return promisePath(notification.promiseId, sectionOf[notification.kind]);
  if (notification.cycleId) return `/planning?cycle=${encodeURIComponent(notification.cycleId)}`;
  return null;
}

function NotificationItem({ notification, onFollow }: { notification: Notification; onFollow: () => void }) {
  const markRead = useMarkNotificationRead();
  const isUnread = notification.readAt === null;
  const path = pathOf(notification);
  const read = () =>
    markRead.mutate(notification.id, {
      onError: (error) => notifyFailure('Could not mark the notification read', error),
    });

  return (
    <Group component="li" wrap="nowrap" align="flex-start" gap="sm" py={6}>
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        {path ? (
          <Anchor
            component={Link}
            to={path}
            size="sm"
            fw={isUnread ? 600 : 400}
            onClick={() => {
              // Following a notification reads it.
              if (isUnread) read();
              onFollow();
            }}
          >
            {notification.title}
          </Anchor>
        ) : (
          <Text size="sm" fw={isUnread ? 600 : 400}>
            {notification.title}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {kindLabels[notification.kind]} ·{' '}
          <time dateTime={notification.at}>{formatInstant(notification.at)}</time>
          {isUnread && ' · Unread'}
        </Text>
      </Stack>
      {isUnread && (
        <Button
          size="compact-xs"
          variant="light"
          aria-label={`Mark read: ${notification.title}`}
          loading={markRead.isPending}
          onClick={read}
        >
          Mark read
        </Button>
      )}
    </Group>
  );
}

/** The notifications, newest first, each leading to what it is about. */
export function NotificationList({
  notifications,
  onFollow,
}: {
  notifications: readonly Notification[];
  onFollow: () => void;
}) {
  if (notifications.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="sm">
        Nothing yet. Moves on your promises, check-ins, reviews, questions and planning deadlines show here.
      </Text>
    );
  }
  return (
    <Stack component="ul" aria-label="Notifications" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
      {notifications.map((notification) => (
        <NotificationItem key={notification.id} notification={notification} onFollow={onFollow} />
      ))}
    </Stack>
  );
}
