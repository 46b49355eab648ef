import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Contribution, CreateContributionBody, Dependency } from '../../contract/alignment.js';
import { api } from './client.js';
import { useEverythingChanged } from './promises.js';

export function useCreateContribution() {
  const changed = useEverythingChanged();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateContributionBody>) =>
      api.post<Contribution>('/api/v1/contributions', body),
    onSuccess: changed,
  });
}

export function useDeleteContribution() {
  const changed = useEverythingChanged();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/v1/contributions/${encodeURIComponent(id)}`),
    onSuccess: changed,
  });
}

export interface NewDependency {
  promiseId: string;
  supplierPromiseId?: string | undefined;
  supplierTeamId?: string | undefined;
  note: string;
}

export function useCreateDependency() {
  const changed = useEverythingChanged();
  return useMutation({
    mutationFn: (body: NewDependency) => api.post<Dependency>('/api/v1/dependencies', body),
    onSuccess: changed,
  });
}

export function useAnswerDependency() {
  const changed = useEverythingChanged();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; answer: 'acknowledge' | 'decline'; reason?: string }) =>
      api.post<Dependency>(`/api/v1/dependencies/${encodeURIComponent(id)}/answer`, body),
    onSuccess: changed,
  });
}
