import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../contract/common.js';
import { changeMemberRole, listPeople, removeMember } from '../../contract/endpoints/people.js';
import { call } from './client.js';

export const peopleKey = ['people'] as const;

/** How many people a search offers at once: type more of the name to find someone else. */
export const SEARCH_LIMIT = 20;

/** One page of the members matching `search` on name or email, by name, with the total. */
export function usePeople(search: string, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...peopleKey, search, page.limit, page.offset],
    queryFn: ({ signal }) => call(listPeople, { query: { q: search.trim(), ...page }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The first members matching `search`, for a picker: never the whole directory. */
export function useSearchPeople(search: string) {
  return useQuery({
    queryKey: [...peopleKey, search, SEARCH_LIMIT, 0],
    queryFn: ({ signal }) =>
      call(listPeople, { query: { q: search.trim(), limit: SEARCH_LIMIT, offset: 0 }, signal }),
    select: (data) => data.people,
    placeholderData: keepPreviousData,
  });
}

export function useChangeRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, role }: { personId: string; role: Role }) =>
      call(changeMemberRole, { params: { id: personId }, body: { role } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: peopleKey }),
  });
}

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => call(removeMember, { params: { id: personId } }),
    // A removed member leaves their teams too.
    onSettled: () => queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] !== 'me' }),
  });
}
