import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CycleTimeline,
  DirectionDocument,
  MovedCycle,
  PlanningBoard,
  PlanningSettings,
  PromiseReviews,
  RequestReviewBody,
  SetCapacityBody,
  TeamCapacity,
} from '../../contract/round-trip.js';
import type { CycleState } from '../../core/planning/index.js';
import { api } from './client.js';
import { inboxKey } from './inbox.js';
import { notificationsKey } from './notifications.js';

/** The planning round trip: timeline, board, direction, reviews and capacity. */
export const roundTripKey = ['round-trip'] as const;
const settingsKey = [...roundTripKey, 'settings'] as const;
const timelineKey = (cycleId: string) => [...roundTripKey, 'timeline', cycleId] as const;
const boardKey = [...roundTripKey, 'board'] as const;
const directionKey = (cycleId: string) => [...roundTripKey, 'direction', cycleId] as const;
const reviewsKey = (promiseId: string) => [...roundTripKey, 'reviews', promiseId] as const;
const capacityKey = [...roundTripKey, 'capacity'] as const;

const cyclePath = (id: string) => `/api/v1/cycles/${encodeURIComponent(id)}`;
const promisePath = (id: string) => `/api/v1/promises/${encodeURIComponent(id)}`;

/**
 * What a round-trip change may show elsewhere: the board and the capacities (derived from
 * everything), the inbox (milestones owed, reviews asked) and the bell.
 */
function useDerivedChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: boardKey }),
      queryClient.invalidateQueries({ queryKey: capacityKey }),
      queryClient.invalidateQueries({ queryKey: inboxKey }),
      queryClient.invalidateQueries({ queryKey: notificationsKey }),
    ]);
}

export function usePlanningSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: ({ signal }) => api.get<PlanningSettings>('/api/v1/settings/planning', { signal }),
  });
}

export function useUpdatePlanningSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanningSettings) => api.put<PlanningSettings>('/api/v1/settings/planning', body),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKey, settings);
      // Every cycle's milestones move with the offsets.
      return queryClient.invalidateQueries({ queryKey: roundTripKey });
    },
  });
}

export function useCycleTimeline(cycleId: string) {
  return useQuery({
    queryKey: timelineKey(cycleId),
    queryFn: ({ signal }) => api.get<CycleTimeline>(`${cyclePath(cycleId)}/timeline`, { signal }),
  });
}

/** Approving the plan, starting the review, closing: the cycle's state shows on most pages. */
export function useMoveCycle(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (to: CycleState) => api.post<MovedCycle>(`${cyclePath(cycleId)}/transitions`, { to }),
    onSuccess: () => queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] !== 'me' }),
  });
}

export function usePlanningBoard(cycleId: string) {
  return useQuery({
    queryKey: [...boardKey, cycleId],
    queryFn: ({ signal }) => api.get<PlanningBoard>(`${cyclePath(cycleId)}/board`, { signal }),
  });
}

export function useDirection(cycleId: string) {
  return useQuery({
    queryKey: directionKey(cycleId),
    queryFn: ({ signal }) => api.get<DirectionDocument>(`${cyclePath(cycleId)}/direction`, { signal }),
  });
}

/** Every direction write answers with the whole document, which replaces the cached one. */
function useDirectionWrite<T>(cycleId: string, write: (input: T) => Promise<DirectionDocument>) {
  const queryClient = useQueryClient();
  const derivedChanged = useDerivedChanged();
  return useMutation({
    mutationFn: write,
    onSuccess: (document) => {
      queryClient.setQueryData(directionKey(cycleId), document);
      void queryClient.invalidateQueries({ queryKey: timelineKey(cycleId) });
      return derivedChanged();
    },
  });
}

export function useSaveDirectionDraft(cycleId: string) {
  return useDirectionWrite(cycleId, (markdown: string) =>
    api.put<DirectionDocument>(`${cyclePath(cycleId)}/direction`, { markdown }),
  );
}

export function usePublishDirection(cycleId: string) {
  return useDirectionWrite<void>(cycleId, () =>
    api.post<DirectionDocument>(`${cyclePath(cycleId)}/direction/publish`),
  );
}

export function useCommentOnDirection(cycleId: string) {
  return useDirectionWrite(cycleId, (body: { text: string; versionId?: string }) =>
    api.post<DirectionDocument>(`${cyclePath(cycleId)}/direction/comments`, body),
  );
}

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

export function useTeamCapacity(teamId: string, cycleId: string | null) {
  return useQuery({
    queryKey: [...capacityKey, teamId, cycleId],
    queryFn: ({ signal }) =>
      api.get<TeamCapacity>(`/api/v1/teams/${encodeURIComponent(teamId)}/capacity`, {
        query: { cycleId: cycleId ?? undefined },
        signal,
      }),
    enabled: cycleId !== null,
  });
}

export function useSetTeamCapacity(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof SetCapacityBody>) =>
      api.put<TeamCapacity>(`/api/v1/teams/${encodeURIComponent(teamId)}/capacity`, body),
    onSuccess: (capacity) => {
      queryClient.setQueryData([...capacityKey, teamId, capacity.cycleId], capacity);
      return queryClient.invalidateQueries({ queryKey: boardKey });
    },
  });
}

/** A promise's size shows on its page, in lists, and in every load counted in points. */
export function useSetPromiseSize(promiseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (size: number | null) => api.put<void>(`${promisePath(promiseId)}/size`, { size }),
    onSuccess: () => queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] !== 'me' }),
  });
}
