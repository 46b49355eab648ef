import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from '../../contract/endpoints/notifications.js';
import type { NotificationList } from '../../contract/notifications.js';
import { call } from './client.js';
import { nextOffset } from './pages.js';

export const notificationsKey = ['notifications'] as const;

/** How often the bell asks for news: often enough to notice an ask within a minute, cheap for the server. */
const POLL_MS = 30_000;

/**
 * What happened that awaits the signed-in person, newest first, a page at a time ("Show more" fetches
 * the next), with the unread count; polled.
 */
export function useNotifications() {
  return useInfiniteQuery({
    queryKey: notificationsKey,
    queryFn: ({ signal, pageParam }) => call(listNotifications, { query: { offset: pageParam }, signal }),
    initialPageParam: 0,
    getNextPageParam: nextOffset,
    select: (data) => ({
      notifications: data.pages.flatMap((page) => page.notifications),
      // The newest page fetched knows the latest count.
      unread: data.pages[0]?.unread ?? 0,
      total: data.pages.at(-1)?.total ?? 0,
    }),
    refetchInterval: POLL_MS,
  });
}

/**
 * Both marks answer with the first page; the pages shown are fetched again, so every one of them
 * shows what is read now.
 */
function useListReplaced() {
  const queryClient = useQueryClient();
  return (_first: NotificationList) => queryClient.invalidateQueries({ queryKey: notificationsKey });
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
