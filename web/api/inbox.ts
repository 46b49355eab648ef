import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getInbox } from '../../contract/endpoints/inbox.js';
import { call } from './client.js';

export const inboxKey = ['inbox'] as const;

/**
 * What awaits the signed-in person's move, and what they wait on from others: each section's first
 * `limit` items (the longest waiting), with how many there are in all.
 */
export function useInbox(limit: number) {
  return useQuery({
    queryKey: [...inboxKey, limit],
    queryFn: ({ signal }) => call(getInbox, { query: { limit }, signal }),
    placeholderData: keepPreviousData,
  });
}
