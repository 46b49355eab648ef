import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dashboard } from '../../contract/dashboard.js';
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
