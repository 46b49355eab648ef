import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AnswerCheckInBody,
  Assessment,
  CheckIn,
  CreateCheckInBody,
  Progress,
  RetrospectiveBody,
} from '../../contract/key-results.js';
import type { PromiseDetail } from '../../contract/promises.js';
import { ApiError, api } from './client.js';

const promisePath = (id: string) => `/api/v1/promises/${encodeURIComponent(id)}`;

/** Everything this module caches about one promise's progress and assessment starts with this key. */
export const progressKey = (promiseId: string) => ['progress', promiseId] as const;

export function useProgress(promiseId: string) {
  return useQuery({
    queryKey: [...progressKey(promiseId), 'scores'],
    queryFn: ({ signal }) => api.get<Progress>(`${promisePath(promiseId)}/progress`, { signal }),
  });
}

export function useCheckIns(promiseId: string) {
  return useQuery({
    queryKey: [...progressKey(promiseId), 'check-ins'],
    queryFn: ({ signal }) =>
      api.get<{ checkIns: CheckIn[] }>(`${promisePath(promiseId)}/check-ins`, { signal }),
    select: (data) => data.checkIns,
  });
}

export function useAssessment(promiseId: string) {
  return useQuery({
    queryKey: [...progressKey(promiseId), 'assessment'],
    queryFn: ({ signal }) => api.get<Assessment>(`${promisePath(promiseId)}/assessment`, { signal }),
  });
}

/**
 * A check-in, an answer or an assessment changes more than this promise's progress: its summary
 * (score, check-in status, staleness), the inbox, the lists, the dashboard and the review. The promise
 * pages cache those under keys of their own, so everything but who is signed in is fetched afresh.
 */
function refreshAfterChange(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] !== 'me' });
}

export function useCreateCheckIn(promiseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateCheckInBody>) =>
      api.post<CheckIn>(`${promisePath(promiseId)}/check-ins`, body),
    onSuccess: () => refreshAfterChange(queryClient),
  });
}

export function useAnswerCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ checkInId, ...body }: z.input<typeof AnswerCheckInBody> & { checkInId: string }) =>
      api.post<CheckIn>(`/api/v1/check-ins/${encodeURIComponent(checkInId)}/answers`, body),
    onSuccess: () => refreshAfterChange(queryClient),
  });
}

export function useWriteRetrospective(promiseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof RetrospectiveBody>) =>
      api.post<Assessment>(`${promisePath(promiseId)}/retrospectives`, body),
    onSuccess: () => refreshAfterChange(queryClient),
  });
}

export type AssessmentVerdict = { satisfied: true; note: string } | { satisfied: false; reason: string };

/** The customer's word on a reported completion: a declare-satisfied or declare-dissatisfied move. */
export function useAssess(promise: Pick<PromiseDetail, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (verdict: AssessmentVerdict) =>
      api.post<PromiseDetail>(
        `${promisePath(promise.id)}/moves`,
        verdict.satisfied
          ? { act: 'declare-satisfied', version: promise.version, text: verdict.note || undefined }
          : { act: 'declare-dissatisfied', version: promise.version, reason: { text: verdict.reason } },
      ),
    onSuccess: () => refreshAfterChange(queryClient),
    // Someone moved first (a stale version): show the promise as it stands now.
    onError: (error) =>
      error instanceof ApiError && error.status === 409 ? refreshAfterChange(queryClient) : undefined,
  });
}
