import { useQuery } from '@tanstack/react-query';
import type { PlanningBoard } from '../../contract/planning-board.js';
import { api } from './client.js';
import { boardKey, cyclePath } from './planning-keys.js';

export function usePlanningBoard(cycleId: string) {
  return useQuery({
    queryKey: [...boardKey, cycleId],
    queryFn: ({ signal }) => api.get<PlanningBoard>(`${cyclePath(cycleId)}/board`, { signal }),
  });
}
