import { useQuery } from '@tanstack/react-query';
import type { CycleReview } from '../../contract/cycle-review.js';
import { api } from './client.js';

/** The end of a cycle, for the organization or one team. */
export function useCycleReview(cycleId: string, teamId?: string) {
  return useQuery({
    queryKey: ['review', cycleId, teamId ?? 'all'],
    queryFn: ({ signal }) =>
      api.get<CycleReview>(`/api/v1/cycles/${encodeURIComponent(cycleId)}/review`, {
        query: { teamId },
        signal,
      }),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === cycleId ? previous : undefined,
  });
}
