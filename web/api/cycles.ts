import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateCycleBody,
  CreateHorizonBody,
  PlanningSettings,
  UpdateCycleBody,
} from '../../contract/cycles.js';
import {
  createCycle,
  createHorizon,
  deleteCycle,
  getCycleTimeline,
  getPlanningSettings,
  listCycles,
  listHorizons,
  moveCycle,
  updateCycle,
  updatePlanningSettings,
} from '../../contract/endpoints/cycles.js';
import { MAX_PAGE_SIZE } from '../../contract/pages.js';
import type { CycleState } from '../../core/planning/index.js';
import { call } from './client.js';
import { nextOffset } from './pages.js';
import { planningKey, timelineKey } from './planning-keys.js';

const horizonsKey = [...planningKey, 'horizons'] as const;
const cyclesKey = [...planningKey, 'cycles'] as const;

/*
 * The calendar is the one directory the app reads as one page: an organization keeps a handful of
 * horizons and adds a few cycles a year, so the largest page (200) covers decades of them, and the
 * cycle pickers, the cycles page and the filters all read the same cached page.
 */

/** The organization's horizons, longest first (the order promises cascade in). */
export function useHorizons() {
  return useQuery({
    queryKey: horizonsKey,
    queryFn: ({ signal }) => call(listHorizons, { query: { limit: MAX_PAGE_SIZE }, signal }),
    select: (data) => data.horizons,
    staleTime: 60_000,
  });
}

/** The organization's cycles, by start date; archived ones only when asked for (the cycles page). */
export function useCycles({ includeArchived = false }: { includeArchived?: boolean } = {}) {
  const archived = includeArchived ? 'include' : 'exclude';
  return useQuery({
    queryKey: [...cyclesKey, archived],
    queryFn: ({ signal }) => call(listCycles, { query: { limit: MAX_PAGE_SIZE, archived }, signal }),
    select: (data) => data.cycles,
    staleTime: 60_000,
  });
}

export function useCreateHorizon() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateHorizonBody>) => call(createHorizon, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: horizonsKey }),
  });
}

export function useCreateCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateCycleBody>) => call(createCycle, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cyclesKey }),
  });
}

export function useUpdateCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: z.input<typeof UpdateCycleBody> & { id: string }) =>
      call(updateCycle, { params: { id }, body }),
    // The cadence decides which promises are stale: the inbox and the promise pages change too.
    onSuccess: () => queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] !== 'me' }),
  });
}

export function useDeleteCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(deleteCycle, { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cyclesKey }),
  });
}

const settingsKey = [...planningKey, 'settings'] as const;

export function usePlanningSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: ({ signal }) => call(getPlanningSettings, { signal }),
  });
}

export function useUpdatePlanningSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanningSettings) => call(updatePlanningSettings, { body }),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKey, settings);
      // Every cycle's milestones move with the offsets.
      return queryClient.invalidateQueries({ queryKey: planningKey });
    },
  });
}

/** A cycle's milestones, and the record of its moves newest first, a page at a time. */
export function useCycleTimeline(cycleId: string) {
  return useInfiniteQuery({
    queryKey: timelineKey(cycleId),
    queryFn: ({ signal, pageParam }) =>
      call(getCycleTimeline, { params: { id: cycleId }, query: { offset: pageParam }, signal }),
    initialPageParam: 0,
    getNextPageParam: nextOffset,
    select: (data) => ({
      ...data.pages[0]!,
      events: data.pages.flatMap((page) => page.events),
    }),
  });
}

/** Approving the plan, starting the review, closing: the cycle's state shows on most pages. */
export function useMoveCycle(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (to: CycleState) => call(moveCycle, { params: { id: cycleId }, body: { to } }),
    onSuccess: () => queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] !== 'me' }),
  });
}
