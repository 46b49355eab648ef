import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RetrospectiveBody } from '../../contract/assessments.js';
import { getAssessment, writeRetrospective } from '../../contract/endpoints/assessments.js';
import { makeMove } from '../../contract/endpoints/promises.js';
import type { MoveBody, PromiseDetail } from '../../contract/promises.js';
import { progressKey, refreshAfterChange } from './check-ins.js';
import { ApiError, call } from './client.js';

export function useAssessment(promiseId: string) {
  return useQuery({
    queryKey: [...progressKey(promiseId), 'assessment'],
    queryFn: ({ signal }) => call(getAssessment, { params: { id: promiseId }, signal }),
  });
}

export function useWriteRetrospective(promiseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof RetrospectiveBody>) =>
      call(writeRetrospective, { params: { id: promiseId }, body }),
    onSuccess: () => refreshAfterChange(queryClient),
  });
}

/** The customer's word on a reported completion: a declare-satisfied or declare-dissatisfied move. */
export function useAssess(promise: Pick<PromiseDetail, 'id'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MoveBody) => call(makeMove, { params: { id: promise.id }, body }),
    onSuccess: () => refreshAfterChange(queryClient),
    // Someone moved first (a stale version): show the promise as it stands now.
    onError: (error) =>
      error instanceof ApiError && error.status === 409 ? refreshAfterChange(queryClient) : undefined,
  });
}
