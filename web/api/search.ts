import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteView, listViews, saveView, search } from '../../contract/endpoints/search.js';
import type { SaveViewBody, SearchKind } from '../../contract/search.js';
import { searchWords } from '../../core/search/search-words.js';
import { call } from './client.js';

const searchKey = ['search'] as const;
const viewsKey = ['views'] as const;

/** What holds the words, best first; nothing is asked until the text has a word. */
export function useSearch(text: string, options: { kind?: SearchKind; limit?: number } = {}) {
  const q = text.trim();
  return useQuery({
    queryKey: [...searchKey, q, options.kind ?? 'all', options.limit ?? 8],
    queryFn: ({ signal }) =>
      call(search, { query: { q, kind: options.kind, limit: options.limit ?? 8 }, signal }),
    enabled: searchWords(q).words.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useSavedViews() {
  return useQuery({
    queryKey: viewsKey,
    queryFn: ({ signal }) => call(listViews, { signal }),
  });
}

export function useSaveView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveViewBody) => call(saveView, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: viewsKey }),
  });
}

export function useDeleteView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(deleteView, { params: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: viewsKey }),
  });
}
