import { ActionIcon, Button, Group, Indicator, Loader, Popover, ScrollArea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { lazy, Suspense, useId } from 'react';
import { useMarkAllNotificationsRead, useNotifications } from '../../api/notifications.js';
import { notifyFailure } from '../notify.js';
import { LoadError } from '../query-state.js';
import { ShowMore } from '../show-more.js';

// The list loads when the bell is first opened: the header is on every first load, the list is not.
const NotificationList = lazy(() =>
  import('./notification-list.js').then((module) => ({ default: module.NotificationList })),
);

/** The header's bell: the unread count at a glance, the notifications a click away; polled every 30 s. */
export function NotificationBell() {
  const notifications = useNotifications();
  const markAll = useMarkAllNotificationsRead();
  const [isOpen, panel] = useDisclosure(false);
  const headingId = useId();
  const unread = notifications.data?.unread ?? 0;

  return (
    <Popover
      opened={isOpen}
      onChange={(opened) => (opened ? panel.open() : panel.close())}
      position="bottom-end"
      width={380}
      shadow="md"
      withArrow
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
          onClick={() => {
            if (!isOpen) void notifications.refetch();
            panel.toggle();
          }}
        >
          <Indicator label={unread > 99 ? '99+' : unread} disabled={unread === 0} size={16} color="red">
            <IconBell size={20} aria-hidden="true" />
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown aria-labelledby={headingId}>
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h5" id={headingId}>
            Notifications
          </Title>
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() =>
              markAll.mutate(undefined, {
                onError: (error) => notifyFailure('Could not mark the notifications read', error),
              })
            }
          >
            Mark all read
          </Button>
        </Group>
        {notifications.isPending ? (
          <Group justify="center" py="md" role="status" aria-label="Loading notifications">
            <Loader size="sm" aria-hidden="true" />
          </Group>
        ) : notifications.error ? (
          <LoadError error={notifications.error} onRetry={() => notifications.refetch()} />
        ) : (
          <ScrollArea.Autosize mah={420} type="auto">
            <Suspense fallback={<Loader size="sm" aria-label="Loading notifications" />}>
              <NotificationList notifications={notifications.data.notifications} onFollow={panel.close} />
            </Suspense>
            <ShowMore
              shown={notifications.data.notifications.length}
              total={notifications.data.total}
              noun="notifications"
              isLoading={notifications.isFetchingNextPage}
              onMore={() => void notifications.fetchNextPage()}
            />
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
