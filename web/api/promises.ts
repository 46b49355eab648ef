import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatePromiseBody, MoveBody, PromiseDetail, PromiseList } from '../../contract/promises.js';
import { api } from './client.js';

export const promisesKey = ['promises'] as const;
const promisePath = (id: string) => `/api/v1/promises/${encodeURIComponent(id)}`;

/** The list's filters, as kept in the page's query string. */
export interface PromiseFilters {
  cycleId?: string | undefined;
  horizonId?: string | undefined;
  phase?: string | undefined;
  status?: string | undefined;
  tag?: string | undefined;
  mine?: 'true' | undefined;
  as?: 'customer' | 'performer' | undefined;
  limit: number;
  offset: number;
}

export function usePromises(filters: PromiseFilters) {
  return useQuery({
    queryKey: [...promisesKey, 'list', filters],
    queryFn: ({ signal }) =>
      api.get<PromiseList>('/api/v1/promises', {
        query: { ...filters, limit: String(filters.limit), offset: String(filters.offset) },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The promise now, or as it stood at `at` (an ISO instant). */
export function usePromise(id: string, at?: string) {
  return useQuery({
    queryKey: [...promisesKey, 'one', id, at ?? 'now'],
    queryFn: ({ signal }) => api.get<PromiseDetail>(promisePath(id), { query: { at }, signal }),
    // Moving through time keeps the page on screen; another promise never shows in its place.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === id ? previous : undefined),
  });
}

/**
 * A move, a new promise or a link changes more than one page: the promise, the other promises it
 * links to, the lists, the inbox, the map, and the progress views. Everything but who is signed in
 * is fetched afresh.
 */
export function useEverythingChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] !== 'me' });
}

export function useCreatePromise() {
  const changed = useEverythingChanged();
  return useMutation({
    mutationFn: (body: CreatePromiseBody) => api.post<PromiseDetail>('/api/v1/promises', body),
    onSuccess: changed,
  });
}

export function useMakeMove(id: string) {
  const queryClient = useQueryClient();
  const changed = useEverythingChanged();
  return useMutation({
    mutationFn: (body: MoveBody) => api.post<PromiseDetail>(`${promisePath(id)}/moves`, body),
    onSuccess: (promise) => {
      queryClient.setQueryData([...promisesKey, 'one', id, 'now'], promise);
      return changed();
    },
  });
}

export interface DraftRevision {
  version: number;
  title?: string;
  description?: string;
  dueDate?: string;
  conditions?: Array<{ id?: string; text: string; keyResult?: unknown }>;
  tags?: string[];
}

/** The drafting side edits its draft in place until it is opened. */
export function useReviseDraft(id: string) {
  const queryClient = useQueryClient();
  const changed = useEverythingChanged();
  return useMutation({
    mutationFn: (body: DraftRevision) => api.patch<PromiseDetail>(promisePath(id), body),
    onSuccess: (promise) => {
      queryClient.setQueryData([...promisesKey, 'one', id, 'now'], promise);
      return changed();
    },
  });
}
