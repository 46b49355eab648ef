import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AccountabilityQuery } from '../../contract/accountability.js';
import { getAccountability } from '../../contract/endpoints/accountability.js';
import { call } from './client.js';
import { promisesKey } from './promises.js';

/** Who promises what to whom, on which horizon: for the whole calendar, a cycle or a horizon. */
export function useAccountability(filters: z.input<typeof AccountabilityQuery>) {
  return useQuery({
    queryKey: [...promisesKey, 'accountability', filters],
    queryFn: ({ signal }) => call(getAccountability, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}
