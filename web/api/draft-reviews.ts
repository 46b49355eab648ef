import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PromiseReviews, RequestReviewBody } from '../../contract/draft-reviews.js';
import { api } from './client.js';
import { planningKey, promisePath, useDerivedChanged } from './planning-keys.js';

const reviewsKey = (promiseId: string) => [...planningKey, 'reviews', promiseId] as const;

export function usePromiseReviews(promiseId: string) {
  return useQuery({
    queryKey: reviewsKey(promiseId),
    queryFn: ({ signal }) => api.get<PromiseReviews>(`${promisePath(promiseId)}/reviews`, { signal }),
  });
}

/** Every review write answers with the promise's whole review state, which replaces the cached one. */
function useReviewWrite<T>(promiseId: string, write: (input: T) => Promise<PromiseReviews>) {
  const queryClient = useQueryClient();
  const derivedChanged = useDerivedChanged();
  return useMutation({
    mutationFn: write,
    onSuccess: (reviews) => {
      queryClient.setQueryData(reviewsKey(promiseId), reviews);
      return derivedChanged();
    },
  });
}

export function useRequestReview(promiseId: string) {
  return useReviewWrite(promiseId, (body: z.input<typeof RequestReviewBody>) =>
    api.post<PromiseReviews>(`${promisePath(promiseId)}/reviews`, body),
  );
}

export function useCompleteReview(promiseId: string) {
  return useReviewWrite(promiseId, (reviewId: string) =>
    api.post<PromiseReviews>(`/api/v1/reviews/${encodeURIComponent(reviewId)}/complete`),
  );
}

export function useAskQuestion(promiseId: string) {
  return useReviewWrite(promiseId, (text: string) =>
    api.post<PromiseReviews>(`${promisePath(promiseId)}/questions`, { text }),
  );
}

export function useAnswerQuestion(promiseId: string) {
  return useReviewWrite(promiseId, ({ questionId, text }: { questionId: string; text: string }) =>
    api.post<PromiseReviews>(`/api/v1/questions/${encodeURIComponent(questionId)}/answer`, { text }),
  );
}

export function useResolveQuestion(promiseId: string) {
  return useReviewWrite(promiseId, (questionId: string) =>
    api.post<PromiseReviews>(`/api/v1/questions/${encodeURIComponent(questionId)}/resolve`),
  );
}
