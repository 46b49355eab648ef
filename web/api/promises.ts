import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  carryOverPromise,
  createPromise,
  getPromise,
  leavePromiseAsItIs,
  listPromises,
  makeMove,
  reviseDraft,
} from '../../contract/endpoints/promises.js';
import type { CreatePromiseBody, MoveBody, PromisesQuery, ReviseDraftBody } from '../../contract/promises.js';
import { call } from './client.js';

export const promisesKey = ['promises'] as const;

/** The list's filters, as the page's query string keeps them. */
export type PromiseFilters = z.input<typeof PromisesQuery>;

export function usePromises(filters: PromiseFilters) {
  return useQuery({
    queryKey: [...promisesKey, 'list', filters],
    queryFn: ({ signal }) => call(listPromises, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The promise now, or as it stood at `at` (an ISO instant). */
export function usePromise(id: string, at?: string) {
  return useQuery({
    queryKey: [...promisesKey, 'one', id, at ?? 'now'],
    queryFn: ({ signal }) => call(getPromise, { params: { id }, query: { at }, signal }),
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
    mutationFn: (body: CreatePromiseBody) => call(createPromise, { body }),
    onSuccess: changed,
  });
}

export function useMakeMove(id: string) {
  const queryClient = useQueryClient();
  const changed = useEverythingChanged();
  return useMutation({
    mutationFn: (body: MoveBody) => call(makeMove, { params: { id }, body }),
    onSuccess: (promise) => {
      queryClient.setQueryData([...promisesKey, 'one', id, 'now'], promise);
      return changed();
    },
  });
}

/** The drafting side edits its draft in place until it is opened. */
export function useReviseDraft(id: string) {
  const queryClient = useQueryClient();
  const changed = useEverythingChanged();
  return useMutation({
    mutationFn: (body: z.input<typeof ReviseDraftBody>) => call(reviseDraft, { params: { id }, body }),
    onSuccess: (promise) => {
      queryClient.setQueryData([...promisesKey, 'one', id, 'now'], promise);
      return changed();
    },
  });
}

/** Carries an unfinished promise of a closed cycle into the next cycle: answers with the new promise. */
/**
 * Carries a promise over; `onCarried` runs with the new promise before anything is refreshed. It is
 * the mutation's own callback, not mutate's: refreshing removes the carried promise from the inbox,
 * which unmounts the button that asked, and mutate's callbacks do not run once it is gone.
 */
export function useCarryOver(onCarried?: (carried: { id: string }) => void) {
  const changed = useEverythingChanged();
  return useMutation({
    mutationFn: (id: string) => call(carryOverPromise, { params: { id } }),
    onSuccess: (carried) => {
      onCarried?.(carried);
      return changed();
    },
  });
}

/** Ends an unfinished promise of a closed cycle: the `end` move, against the version shown. */
export function useEndPromise() {
  const changed = useEverythingChanged();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      call(makeMove, { params: { id }, body: { act: 'end', version } }),
    onSuccess: changed,
  });
}

/** Leaves an unfinished promise of a closed cycle as it is, for the signed-in person. */
export function useLeaveAsItIs() {
  const changed = useEverythingChanged();
  return useMutation({
    mutationFn: (id: string) => call(leavePromiseAsItIs, { params: { id } }),
    onSuccess: changed,
  });
}
