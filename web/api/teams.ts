import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CreateTeamBody, Team, UpdateTeamBody } from '../../contract/teams.js';
import { api } from './client.js';
import { peopleKey } from './people.js';

export type TeamFilter = 'false' | 'true' | 'all';

const teamsKey = ['teams'] as const;
const teamPath = (id: string) => `/api/v1/teams/${encodeURIComponent(id)}`;

export function useTeams(archived: TeamFilter = 'false') {
  return useQuery({
    queryKey: [...teamsKey, 'list', archived],
    queryFn: () => api.get<{ teams: Team[] }>('/api/v1/teams', { query: { archived } }),
    select: (data) => data.teams,
    placeholderData: keepPreviousData,
  });
}

export function useTeam(id: string) {
  return useQuery({
    queryKey: [...teamsKey, 'one', id],
    queryFn: () => api.get<Team>(teamPath(id)),
  });
}

/** Any change to a team shows in its page, the team lists and the people's team columns. */
function useTeamChanged() {
  const queryClient = useQueryClient();
  return (team: Team) => {
    queryClient.setQueryData([...teamsKey, 'one', team.id], team);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: [...teamsKey, 'list'] }),
      queryClient.invalidateQueries({ queryKey: peopleKey }),
    ]);
  };
}

export function useCreateTeam() {
  const teamChanged = useTeamChanged();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateTeamBody>) => api.post<Team>('/api/v1/teams', body),
    onSuccess: teamChanged,
  });
}

export function useUpdateTeam(id: string) {
  const teamChanged = useTeamChanged();
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateTeamBody>) => api.patch<Team>(teamPath(id), body),
    onSuccess: teamChanged,
  });
}

export function usePutTeamMember(teamId: string) {
  const teamChanged = useTeamChanged();
  return useMutation({
    mutationFn: ({ personId, isLead }: { personId: string; isLead: boolean }) =>
      api.put<Team>(`${teamPath(teamId)}/members/${encodeURIComponent(personId)}`, { isLead }),
    onSuccess: teamChanged,
  });
}

export function useRemoveTeamMember(teamId: string) {
  const teamChanged = useTeamChanged();
  return useMutation({
    mutationFn: (personId: string) =>
      api.delete<Team>(`${teamPath(teamId)}/members/${encodeURIComponent(personId)}`),
    onSuccess: teamChanged,
  });
}
