import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createToken, listTokens, revokeToken } from '../../contract/endpoints/tokens.js';
import { call } from './client.js';

const tokensKey = ['tokens'] as const;

/** One page of my API tokens, newest first, with the total. */
export function useTokens(page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...tokensKey, page.limit, page.offset],
    queryFn: ({ signal }) => call(listTokens, { query: page, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => call(createToken, { body: { name } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(revokeToken, { params: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
