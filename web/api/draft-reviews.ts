import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PromiseReviews, RequestReviewBody } from '../../contract/draft-reviews.js';
import {
  answerQuestion,
  askQuestion,
  completeReview,
  getReviews,
  requestReview,
  resolveQuestion,
} from '../../contract/endpoints/draft-reviews.js';
import { call } from './client.js';
import { planningKey, useDerivedChanged } from './planning-keys.js';

const reviewsKey = (promiseId: string) => [...planningKey, 'reviews', promiseId] as const;

export function usePromiseReviews(promiseId: string) {
  return useQuery({
    queryKey: reviewsKey(promiseId),
    queryFn: ({ signal }) => call(getReviews, { params: { id: promiseId }, signal }),
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
    call(requestReview, { params: { id: promiseId }, body }),
  );
}

export function useCompleteReview(promiseId: string) {
  return useReviewWrite(promiseId, (reviewId: string) => call(completeReview, { params: { id: reviewId } }));
}

export function useAskQuestion(promiseId: string) {
  return useReviewWrite(promiseId, (text: string) =>
    call(askQuestion, { params: { id: promiseId }, body: { text } }),
  );
}

export function useAnswerQuestion(promiseId: string) {
  return useReviewWrite(promiseId, ({ questionId, text }: { questionId: string; text: string }) =>
    call(answerQuestion, { params: { id: questionId }, body: { text } }),
  );
}

export function useResolveQuestion(promiseId: string) {
  return useReviewWrite(promiseId, (questionId: string) =>
    call(resolveQuestion, { params: { id: questionId } }),
  );
}
