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

/**
 * The dependencies the signed-in person answers for as the supplier. The inbox is the server's word
 * on it (a supplier may be a team the person leads, which the promise page alone cannot tell).
 */
export function useDependenciesToAnswer(): ReadonlySet<string> {
  const inbox = useInbox();
  const ids = new Set<string>();
  for (const item of inbox.data?.awaitingMe ?? []) {
    if (item.kind === 'dependency' && item.dependency) ids.add(item.dependency.id);
  }
  return ids;
}
