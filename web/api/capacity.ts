import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SetCapacityBody } from '../../contract/capacity.js';
import { getTeamCapacity, setPromiseSize, setTeamCapacity } from '../../contract/endpoints/capacity.js';
import { call } from './client.js';
import { boardKey, capacityKey } from './planning-keys.js';

/** A team's capacity in a cycle; nothing is asked until a cycle is chosen. */
export function useTeamCapacity(teamId: string, cycleId: string | null) {
  return useQuery({
    queryKey: [...capacityKey, teamId, cycleId],
    queryFn:
      cycleId === null
        ? skipToken
        : ({ signal }) => call(getTeamCapacity, { params: { id: teamId }, query: { cycleId }, signal }),
  });
}

export function useSetTeamCapacity(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof SetCapacityBody>) =>
      call(setTeamCapacity, { params: { id: teamId }, body }),
    onSuccess: (capacity) => {
      queryClient.setQueryData([...capacityKey, teamId, capacity.cycleId], capacity);
      return queryClient.invalidateQueries({ queryKey: boardKey });
    },
  });
}

/** A promise's size shows on its page, in lists, and in every load counted in points. */
export function useSetPromiseSize(promiseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (size: number | null) => call(setPromiseSize, { params: { id: promiseId }, body: { size } }),
    onSuccess: () => queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] !== 'me' }),
  });
}
