import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getInbox } from '../../contract/endpoints/inbox.js';
import type { InboxSort } from '../../core/promises/inbox-groups.js';
import { call } from './client.js';

export const inboxKey = ['inbox'] as const;

/**
 * What awaits the signed-in person's move, their team's, and what they wait on from others: each
 * section's first `limit` items in the order asked, with how many there are in all. A move, a
 * check-in or an answer anywhere invalidates every query but `me`, this one with them.
 */
export function useInbox(limit: number, sort: InboxSort) {
  return useQuery({
    queryKey: [...inboxKey, limit, sort],
    queryFn: ({ signal }) => call(getInbox, { query: { limit, sort }, signal }),
    placeholderData: keepPreviousData,
  });
}
