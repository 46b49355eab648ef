import { useQuery } from '@tanstack/react-query';
import { getCycleReview } from '../../contract/endpoints/cycle-review.js';
import { call } from './client.js';

/** How many promises the review page shows per page of each list. */
export const REVIEW_PAGE_SIZE = 25;

/** The end of a cycle, for the organization or one team: its figures and a page of each list. */
export function useCycleReview(
  cycleId: string,
  teamId?: string,
  pages: { kept: number; ended: number } = { kept: 1, ended: 1 },
) {
  const query = {
    teamId,
    limit: REVIEW_PAGE_SIZE,
    keptOffset: (pages.kept - 1) * REVIEW_PAGE_SIZE,
    endedOffset: (pages.ended - 1) * REVIEW_PAGE_SIZE,
  };
  return useQuery({
    queryKey: ['review', cycleId, teamId ?? 'all', pages.kept, pages.ended],
    queryFn: ({ signal }) => call(getCycleReview, { params: { id: cycleId }, query, signal }),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === cycleId ? previous : undefined,
  });
}
