import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AnswerDependencyBody,
  CreateContributionBody,
  CreateDependencyBody,
} from '../../contract/alignment.js';
import {
  answerDependency,
  createContribution,
  createDependency,
  deleteContribution,
} from '../../contract/endpoints/alignment.js';
import { call } from './client.js';
import { useEverythingChanged } from './promises.js';

export function useCreateContribution() {
  const changed = useEverythingChanged();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateContributionBody>) => call(createContribution, { body }),
    onSuccess: changed,
  });
}

export function useDeleteContribution() {
  const changed = useEverythingChanged();
  return useMutation({
    mutationFn: (id: string) => call(deleteContribution, { params: { id } }),
    onSuccess: changed,
  });
}

export function useCreateDependency() {
  const changed = useEverythingChanged();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateDependencyBody>) => call(createDependency, { body }),
    onSuccess: changed,
  });
}

export function useAnswerDependency() {
  const changed = useEverythingChanged();
  return useMutation({
    mutationFn: ({ id, ...body }: z.input<typeof AnswerDependencyBody> & { id: string }) =>
      call(answerDependency, { params: { id }, body }),
    onSuccess: changed,
  });
}
