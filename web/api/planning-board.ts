import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getPlanningBoard } from '../../contract/endpoints/planning-board.js';
import { call } from './client.js';
import { boardKey } from './planning-keys.js';

/** A page of the board's teams, those whose name holds `q` when given. */
export function usePlanningBoard(
  cycleId: string,
  at: string | null | undefined,
  page: { limit: number; offset: number; q?: string | undefined },
) {
  return useQuery({
    queryKey: [...boardKey, cycleId, at ?? 'now', page],
    queryFn: ({ signal }) =>
      call(getPlanningBoard, {
        params: { id: cycleId },
        query: { ...(at ? { at } : {}), ...page },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
