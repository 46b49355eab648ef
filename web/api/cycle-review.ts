import { useQuery } from '@tanstack/react-query';
import { getCycleReview } from '../../contract/endpoints/cycle-review.js';
import { call } from './client.js';

/** The end of a cycle, for the organization or one team. */
export function useCycleReview(cycleId: string, teamId?: string) {
  return useQuery({
    queryKey: ['review', cycleId, teamId ?? 'all'],
    queryFn: ({ signal }) => call(getCycleReview, { params: { id: cycleId }, query: { teamId }, signal }),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === cycleId ? previous : undefined,
  });
}
