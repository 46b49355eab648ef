import { useMutation, useQuery } from '@tanstack/react-query';
import { getDemoCredentials, getJob, getSetupStatus, loadDemo } from '../../contract/endpoints/setup.js';
import { call } from './client.js';

export const setupKey = ['setup'] as const;

export function useSetupStatus() {
  return useQuery({
    queryKey: setupKey,
    queryFn: () => call(getSetupStatus),
    staleTime: 60_000,
  });
}

export function useStartDemo() {
  return useMutation({ mutationFn: () => call(loadDemo) });
}

const POLL_MS = 400;

/** A job's progress, polled until it succeeds or fails. */
export function useJob(id: string | null) {
  return useQuery({
    queryKey: ['jobs', id],
    queryFn: () => call(getJob, { params: { id: id ?? '' } }),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? POLL_MS : false),
  });
}

export function useDemoCredentials(enabled: boolean) {
  return useQuery({
    queryKey: ['setup', 'demo'],
    queryFn: () => call(getDemoCredentials),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
