import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type { AnswerCheckInBody, CreateCheckInBody } from '../../contract/check-ins.js';
import { checkInByLink, readCheckInLink } from '../../contract/endpoints/check-in-links.js';
import {
  answerCheckIn,
  createCheckIn,
  getProgress,
  listCheckIns,
} from '../../contract/endpoints/check-ins.js';
import { call } from './client.js';
import { nextOffset } from './pages.js';

/** Everything this module caches about one promise's progress and assessment starts with this key. */
export const progressKey = (promiseId: string) => ['progress', promiseId] as const;

/** A promise's progress now, or as it stood at `at` (an ISO instant). */
export function useProgress(promiseId: string, at?: string) {
  return useQuery({
    queryKey: [...progressKey(promiseId), 'scores', at ?? 'now'],
    queryFn: ({ signal }) => call(getProgress, { params: { id: promiseId }, query: { at }, signal }),
  });
}

/** A promise's check-ins, newest first, a page at a time ("Show more" fetches the next). */
export function useCheckIns(promiseId: string) {
  return useInfiniteQuery({
    queryKey: [...progressKey(promiseId), 'check-ins'],
    queryFn: ({ signal, pageParam }) =>
      call(listCheckIns, { params: { id: promiseId }, query: { offset: pageParam }, signal }),
    initialPageParam: 0,
    getNextPageParam: nextOffset,
    select: (data) => ({
      checkIns: data.pages.flatMap((page) => page.checkIns),
      total: data.pages.at(-1)?.total ?? 0,
    }),
  });
}

/**
 * A check-in, an answer or an assessment changes more than this promise's progress: its summary
 * (score, check-in status, staleness), the inbox, the lists, the dashboard and the review. The promise
 * pages cache those under keys of their own, so everything but who is signed in is fetched afresh.
 */
export function refreshAfterChange(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] !== 'me' });
}

export function useCreateCheckIn(promiseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateCheckInBody>) =>
      call(createCheckIn, { params: { id: promiseId }, body }),
    onSuccess: () => refreshAfterChange(queryClient),
  });
}

export function useAnswerCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ checkInId, ...body }: z.input<typeof AnswerCheckInBody> & { checkInId: string }) =>
      call(answerCheckIn, { params: { id: checkInId }, body }),
    onSuccess: () => refreshAfterChange(queryClient),
  });
}

/** What an emailed check-in link is for; no session needed. */
export function useCheckInLink(token: string) {
  return useQuery({
    queryKey: ['check-in-link', token],
    queryFn: ({ signal }) => call(readCheckInLink, { params: { token }, signal }),
    retry: false,
  });
}

/** Checks in through an emailed link; the link works once. */
export function useCheckInByLink(token: string) {
  return useMutation({
    mutationFn: (body: z.input<typeof CreateCheckInBody>) => call(checkInByLink, { params: { token }, body }),
  });
}
