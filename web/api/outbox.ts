import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listOutbox, retryOutboxItem } from '../../contract/endpoints/outbox.js';
import type { OutboxKind, OutboxState } from '../../contract/outbox.js';
import { call } from './client.js';

const outboxKey = ['outbox'] as const;

/** How often the outbox page looks again: the delivery worker changes it on its own. */
const REFRESH_MS = 3_000;

export function useOutbox(filter: {
  state: OutboxState | undefined;
  kind: OutboxKind | undefined;
  limit: number;
  offset: number;
}) {
  const query = {
    limit: filter.limit,
    offset: filter.offset,
    ...(filter.state ? { state: filter.state } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
  };
  return useQuery({
    queryKey: [...outboxKey, filter.state ?? 'all', filter.kind ?? 'all', filter.limit, filter.offset],
    queryFn: ({ signal }) => call(listOutbox, { query, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
  });
}

export function useRetryOutboxItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: { kind: OutboxKind; id: string }) => call(retryOutboxItem, { params: item }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: outboxKey }),
  });
}
