import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../contract/common.js';
import { changeMemberRole, listPeople, removeMember } from '../../contract/endpoints/people.js';
import { call } from './client.js';

export const peopleKey = ['people'] as const;

export function usePeople(search = '') {
  return useQuery({
    queryKey: [...peopleKey, search],
    queryFn: ({ signal }) => call(listPeople, { query: { q: search.trim() }, signal }),
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
