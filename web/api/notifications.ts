import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from '../../contract/endpoints/notifications.js';
import type { NotificationList } from '../../contract/notifications.js';
import { call } from './client.js';

export const notificationsKey = ['notifications'] as const;

/** How often the bell asks for news: often enough to notice an ask within a minute, cheap for the server. */
const POLL_MS = 30_000;

/** What happened that awaits the signed-in person, newest first, with the unread count; polled. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: ({ signal }) => call(listNotifications, { signal }),
    refetchInterval: POLL_MS,
  });
}

/** Both marks answer with the whole list, which replaces the cached one. */
function useListReplaced() {
  const queryClient = useQueryClient();
  return (list: NotificationList) => queryClient.setQueryData(notificationsKey, list);
}

export function useMarkNotificationRead() {
  const replaced = useListReplaced();
  return useMutation({
    mutationFn: (id: string) => call(markNotificationRead, { params: { id } }),
    onSuccess: replaced,
  });
}

export function useMarkAllNotificationsRead() {
  const replaced = useListReplaced();
  return useMutation({
    mutationFn: () => call(markAllNotificationsRead),
    onSuccess: replaced,
  });
}
