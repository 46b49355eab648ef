import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AccountabilityQuery } from '../../contract/accountability.js';
import { getAccountability, getTeamAccountability } from '../../contract/endpoints/accountability.js';
import { call } from './client.js';
import { promisesKey } from './promises.js';

type Filters = z.input<typeof AccountabilityQuery>;

/** The map summarised: teams, and the promises, contributions and dependencies between them. */
export function useAccountabilitySummary(filters: Filters) {
  return useQuery({
    queryKey: [...promisesKey, 'accountability', filters],
    queryFn: ({ signal }) => call(getAccountability, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

/** One team's part of the map, a page of its promises at a time. */
export function useTeamAccountability(teamId: string, filters: Filters & { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...promisesKey, 'accountability', 'team', teamId, filters],
    queryFn: ({ signal }) => call(getTeamAccountability, { params: { teamId }, query: filters, signal }),
  });
}
