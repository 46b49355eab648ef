import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../contract/common.js';
import type { Person } from '../../contract/people.js';
import { api } from './client.js';

export const peopleKey = ['people'] as const;

export function usePeople(search = '') {
  return useQuery({
    queryKey: [...peopleKey, search],
    queryFn: ({ signal }) =>
      api.get<{ people: Person[] }>('/api/v1/people', { query: { q: search.trim() }, signal }),
    select: (data) => data.people,
    placeholderData: keepPreviousData,
  });
}

export function useChangeRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, role }: { personId: string; role: Role }) =>
      api.patch<Person>(`/api/v1/members/${encodeURIComponent(personId)}`, { role }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: peopleKey }),
  });
}

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => api.delete(`/api/v1/members/${encodeURIComponent(personId)}`),
    // A removed member leaves their teams too.
    onSettled: () => queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] !== 'me' }),
  });
}
