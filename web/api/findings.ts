import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dismissFinding, listFindings, undoFindingDismissal } from '../../contract/endpoints/findings.js';
import type { FindingsQuery } from '../../contract/findings.js';
import { call } from './client.js';
import { inboxKey } from './inbox.js';
import { promisesKey } from './promises.js';

export const findingsKey = ['findings'] as const;

export type FindingsFilter = Partial<Omit<FindingsQuery, 'limit' | 'offset'>> & {
  limit?: number;
  offset?: number;
};

/** The strategy debugger's findings, filtered, a page at a time, with the counts by kind. */
export function useFindings(filter: FindingsFilter) {
  const query = { limit: 200, offset: 0, ...filter };
  return useQuery({
    queryKey: [...findingsKey, query],
    queryFn: ({ signal }) => call(listFindings, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** How many findings are open (in a cycle, when given): the count the dashboard and the board show. */
export function useOpenFindingCount(cycleId?: string) {
  const query = { limit: 1, offset: 0, status: 'open' as const, ...(cycleId ? { cycleId } : {}) };
  return useQuery({
    queryKey: [...findingsKey, 'count', query],
    queryFn: ({ signal }) => call(listFindings, { query, signal }),
    select: (page) => page.total,
  });
}

export function useDismissFinding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, reason }: { key: string; reason: string }) =>
      call(dismissFinding, { params: { key }, body: { reason } }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: findingsKey }),
        queryClient.invalidateQueries({ queryKey: inboxKey }),
        // A dismissal, and its undoing, is in the history of the promises it concerns.
        queryClient.invalidateQueries({ queryKey: promisesKey }),
      ]),
  });
}

export function useUndoFindingDismissal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: string) => call(undoFindingDismissal, { params: { key } }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: findingsKey }),
        queryClient.invalidateQueries({ queryKey: inboxKey }),
        // A dismissal, and its undoing, is in the history of the promises it concerns.
        queryClient.invalidateQueries({ queryKey: promisesKey }),
      ]),
  });
}
