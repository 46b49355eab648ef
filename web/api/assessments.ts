import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Assessment, RetrospectiveBody } from '../../contract/assessments.js';
import type { PromiseDetail } from '../../contract/promises.js';
import { progressKey, promisePath, refreshAfterChange } from './check-ins.js';
import { ApiError, api } from './client.js';

export function useAssessment(promiseId: string) {
  return useQuery({
    queryKey: [...progressKey(promiseId), 'assessment'],
    queryFn: ({ signal }) => api.get<Assessment>(`${promisePath(promiseId)}/assessment`, { signal }),
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
