import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateCycleBody,
  CreateHorizonBody,
  Cycle,
  CycleTimeline,
  Horizon,
  MovedCycle,
  PlanningSettings,
  UpdateCycleBody,
} from '../../contract/cycles.js';
import type { CycleState } from '../../core/planning/index.js';
import { api } from './client.js';
import { cyclePath, planningKey, timelineKey } from './planning-keys.js';

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

const settingsKey = [...planningKey, 'settings'] as const;

export function usePlanningSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: ({ signal }) => api.get<PlanningSettings>('/api/v1/settings/planning', { signal }),
  });
}

export function useUpdatePlanningSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanningSettings) => api.put<PlanningSettings>('/api/v1/settings/planning', body),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKey, settings);
      // Every cycle's milestones move with the offsets.
      return queryClient.invalidateQueries({ queryKey: planningKey });
    },
  });
}

export function useCycleTimeline(cycleId: string) {
  return useQuery({
    queryKey: timelineKey(cycleId),
    queryFn: ({ signal }) => api.get<CycleTimeline>(`${cyclePath(cycleId)}/timeline`, { signal }),
  });
}

/** Approving the plan, starting the review, closing: the cycle's state shows on most pages. */
export function useMoveCycle(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (to: CycleState) => api.post<MovedCycle>(`${cyclePath(cycleId)}/transitions`, { to }),
    onSuccess: () => queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] !== 'me' }),
  });
}
