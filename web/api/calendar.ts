import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createCalendarFeed,
  getCalendarFeed,
  revokeCalendarFeed,
} from '../../contract/endpoints/calendar.js';
import { call } from './client.js';

const calendarKey = ['calendar-feed'] as const;

/** Whether I have a calendar address, and when it was last read. */
export function useCalendarFeed() {
  return useQuery({ queryKey: calendarKey, queryFn: ({ signal }) => call(getCalendarFeed, { signal }) });
}

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(createCalendarFeed, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKey }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(revokeCalendarFeed, {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: calendarKey }),
  });
}
