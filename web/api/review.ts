import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CycleReview, Dashboard } from '../../contract/review.js';
import { api } from './client.js';

/** Whose promises a dashboard counts: the whole organization, one team, or one person. */
export interface DashboardScope {
  cycleId?: string | undefined;
  teamId?: string | undefined;
  personId?: string | undefined;
}

/** A cycle at a glance; without a cycle the server picks the current one. */
export function useDashboard(scope: DashboardScope) {
  return useQuery({
    queryKey: ['dashboard', scope],
    queryFn: ({ signal }) => api.get<Dashboard>('/api/v1/dashboard', { query: { ...scope }, signal }),
    // Changing the scope keeps the last picture on screen until the new one arrives.
    placeholderData: keepPreviousData,
  });
}

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
