import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DashboardQuery } from '../../contract/dashboard.js';
import { getDashboard } from '../../contract/endpoints/dashboard.js';
import { call } from './client.js';

/** Whose promises a dashboard counts: the whole organization, one team, or one person. */
export type DashboardScope = z.input<typeof DashboardQuery>;

/** A cycle at a glance; without a cycle the server picks the current one. */
export function useDashboard(scope: DashboardScope) {
  return useQuery({
    queryKey: ['dashboard', scope],
    queryFn: ({ signal }) => call(getDashboard, { query: scope, signal }),
    // Changing the scope keeps the last picture on screen until the new one arrives.
    placeholderData: keepPreviousData,
  });
}
