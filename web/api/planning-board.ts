import { useQuery } from '@tanstack/react-query';
import { getPlanningBoard } from '../../contract/endpoints/planning-board.js';
import { call } from './client.js';
import { boardKey } from './planning-keys.js';

export function usePlanningBoard(cycleId: string) {
  return useQuery({
    queryKey: [...boardKey, cycleId],
    queryFn: ({ signal }) => call(getPlanningBoard, { params: { id: cycleId }, query: {}, signal }),
  });
}
