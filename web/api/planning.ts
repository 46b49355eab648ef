import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UpdateCycleBody } from '../../contract/key-results.js';
import type { CreateCycleBody, CreateHorizonBody, Cycle, Horizon } from '../../contract/planning.js';
import { api } from './client.js';

export const planningKey = ['planning'] as const;
const horizonsKey = [...planningKey, 'horizons'] as const;
const cyclesKey = [...planningKey, 'cycles'] as const;

/** The organization's horizons, longest first (the order promises cascade in). */
export function useHorizons() {
  return useQuery({
    queryKey: horizonsKey,
    queryFn: ({ signal }) => api.get<{ horizons: Horizon[] }>('/api/v1/horizons', { signal }),
    select: (data) => data.horizons,
    staleTime: 60_000,
  });
}

/** Every cycle of the organization, by start date. */
export function useCycles() {
  return useQuery({
    queryKey: cyclesKey,
    queryFn: ({ signal }) => api.get<{ cycles: Cycle[] }>('/api/v1/cycles', { signal }),
    select: (data) => data.cycles,
    staleTime: 60_000,
  });
}

export function useCreateHorizon() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateHorizonBody>) => api.post<Horizon>('/api/v1/horizons', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: horizonsKey }),
  });
}

export function useCreateCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateCycleBody>) => api.post<Cycle>('/api/v1/cycles', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cyclesKey }),
  });
}

export function useUpdateCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: z.input<typeof UpdateCycleBody> & { id: string }) =>
      api.patch<Cycle>(`/api/v1/cycles/${encodeURIComponent(id)}`, body),
    // The cadence decides which promises are stale: the inbox and the promise pages change too.
    onSuccess: () => queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] !== 'me' }),
  });
}
