import { useQuery } from '@tanstack/react-query';
import type { Inbox } from '../../contract/inbox.js';
import { api } from './client.js';

export const inboxKey = ['inbox'] as const;

/** What awaits the signed-in person's move, and what they wait on from others. */
export function useInbox() {
  return useQuery({
    queryKey: inboxKey,
    queryFn: ({ signal }) => api.get<Inbox>('/api/v1/inbox', { signal }),
  });
}
