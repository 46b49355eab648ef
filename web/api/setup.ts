import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DemoCredentials as DemoCredentialsSchema,
  Job,
  SetupStatus as SetupStatusSchema,
} from '../../contract/setup.js';
import { api } from './client.js';

export type SetupStatus = z.infer<typeof SetupStatusSchema>;
export type DemoCredentials = z.infer<typeof DemoCredentialsSchema>;

export const setupKey = ['setup'] as const;

export function useSetupStatus() {
  return useQuery({
    queryKey: setupKey,
    queryFn: () => api.get<SetupStatus>('/api/v1/setup'),
    staleTime: 60_000,
  });
}

export function useStartDemo() {
  return useMutation({ mutationFn: () => api.post<Job>('/api/v1/setup/demo') });
}

const POLL_MS = 400;

/** A job's progress, polled until it succeeds or fails. */
export function useJob(id: string | null) {
  return useQuery({
    queryKey: ['jobs', id],
    queryFn: () => api.get<Job>(`/api/v1/jobs/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? POLL_MS : false),
  });
}

export function useDemoCredentials(enabled: boolean) {
  return useQuery({
    queryKey: ['setup', 'demo'],
    queryFn: () => api.get<DemoCredentials>('/api/v1/setup/demo'),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
