import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SetCapacityBody, TeamCapacity } from '../../contract/capacity.js';
import { api } from './client.js';
import { boardKey, capacityKey, promisePath } from './planning-keys.js';

export function useTeamCapacity(teamId: string, cycleId: string | null) {
  return useQuery({
    queryKey: [...capacityKey, teamId, cycleId],
    queryFn: ({ signal }) =>
      api.get<TeamCapacity>(`/api/v1/teams/${encodeURIComponent(teamId)}/capacity`, {
        query: { cycleId: cycleId ?? undefined },
        signal,
      }),
    enabled: cycleId !== null,
  });
}

export function useSetTeamCapacity(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof SetCapacityBody>) =>
      api.put<TeamCapacity>(`/api/v1/teams/${encodeURIComponent(teamId)}/capacity`, body),
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
    mutationFn: (size: number | null) => api.put<void>(`${promisePath(promiseId)}/size`, { size }),
    onSuccess: () => queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] !== 'me' }),
  });
}
