import { useMutation, useQuery } from '@tanstack/react-query';
import { createImport, getImport } from '../../contract/endpoints/imports.js';
import type { CreateImportBody } from '../../contract/imports.js';
import { call } from './client.js';

export function useCreateImport() {
  return useMutation({ mutationFn: (body: CreateImportBody) => call(createImport, { body }) });
}

/** An import's progress, asked again every half second while it runs. */
export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: ['imports', id],
    queryFn: ({ signal }) => call(getImport, { params: { id: id! }, signal }),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 500 : false),
  });
}
