import { useQuery } from '@tanstack/react-query';
import { getInbox } from '../../contract/endpoints/inbox.js';
import { call } from './client.js';

export const inboxKey = ['inbox'] as const;

/** What awaits the signed-in person's move, and what they wait on from others. */
export function useInbox() {
  return useQuery({
    queryKey: inboxKey,
    queryFn: ({ signal }) => call(getInbox, { signal }),
  });
}
