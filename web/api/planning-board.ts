import { useQuery } from '@tanstack/react-query';
import { getPlanningBoard } from '../../contract/endpoints/planning-board.js';
import { call } from './client.js';
import { boardKey } from './planning-keys.js';

export function usePlanningBoard(cycleId: string, at?: string | null) {
  return useQuery({
    queryKey: [...boardKey, cycleId, at ?? 'now'],
    queryFn: ({ signal }) =>
      call(getPlanningBoard, { params: { id: cycleId }, query: at ? { at } : {}, signal }),
  });
}
