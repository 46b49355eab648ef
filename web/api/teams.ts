import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  createTeam,
  getTeam,
  listTeams,
  putTeamMember,
  removeTeamMember,
  updateTeam,
} from '../../contract/endpoints/teams.js';
import type { CreateTeamBody, Team, TeamFilter, UpdateTeamBody } from '../../contract/teams.js';
import { call } from './client.js';
import { peopleKey, SEARCH_LIMIT } from './people.js';

const teamsKey = ['teams'] as const;

/** One page of the teams, active or archived or both, by name, with the total. */
export function useTeams(archived: TeamFilter, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...teamsKey, 'list', archived, '', page.limit, page.offset],
    queryFn: ({ signal }) => call(listTeams, { query: { archived, ...page }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The first active teams whose name matches `search`, for a picker: never every team. */
export function useSearchTeams(search: string, archived: TeamFilter = 'false') {
  return useQuery({
    queryKey: [...teamsKey, 'list', archived, search, SEARCH_LIMIT, 0],
    queryFn: ({ signal }) =>
      call(listTeams, { query: { archived, q: search.trim(), limit: SEARCH_LIMIT, offset: 0 }, signal }),
    select: (data) => data.teams,
    placeholderData: keepPreviousData,
  });
}

export function useTeam(id: string) {
  return useQuery({
    queryKey: [...teamsKey, 'one', id],
    queryFn: ({ signal }) => call(getTeam, { params: { id }, signal }),
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
    mutationFn: (body: z.input<typeof CreateTeamBody>) => call(createTeam, { body }),
    onSuccess: teamChanged,
  });
}

export function useUpdateTeam(id: string) {
  const teamChanged = useTeamChanged();
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateTeamBody>) => call(updateTeam, { params: { id }, body }),
    onSuccess: teamChanged,
  });
}

export function usePutTeamMember(teamId: string) {
  const teamChanged = useTeamChanged();
  return useMutation({
    mutationFn: ({ personId, isLead }: { personId: string; isLead: boolean }) =>
      call(putTeamMember, { params: { id: teamId, personId }, body: { isLead } }),
    onSuccess: teamChanged,
  });
}

export function useRemoveTeamMember(teamId: string) {
  const teamChanged = useTeamChanged();
  return useMutation({
    mutationFn: (personId: string) => call(removeTeamMember, { params: { id: teamId, personId } }),
    onSuccess: teamChanged,
  });
}
