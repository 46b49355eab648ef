import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AccountabilityMap } from '../../contract/accountability.js';
import { api } from './client.js';
import { promisesKey } from './promises.js';

/** Who promises what to whom, on which horizon: for the whole calendar, a cycle or a horizon. */
export function useAccountability(filters: { cycleId?: string | undefined; horizonId?: string | undefined }) {
  return useQuery({
    queryKey: [...promisesKey, 'accountability', filters],
    queryFn: ({ signal }) => api.get<AccountabilityMap>('/api/v1/accountability', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}
