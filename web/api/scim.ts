import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createScimToken, listScimTokens, revokeScimToken } from '../../contract/endpoints/scim.js';
import { call } from './client.js';

const scimTokensKey = ['scim-tokens'] as const;

/** One page of the organization's SCIM tokens, newest first, with the SCIM base URL. */
export function useScimTokens(page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...scimTokensKey, page.limit, page.offset],
    queryFn: ({ signal }) => call(listScimTokens, { query: page, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateScimToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => call(createScimToken, { body: { name } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scimTokensKey }),
  });
}

export function useRevokeScimToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(revokeScimToken, { params: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: scimTokensKey }),
  });
}
