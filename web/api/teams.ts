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
import { peopleKey } from './people.js';

const teamsKey = ['teams'] as const;

export function useTeams(archived: TeamFilter = 'false') {
  return useQuery({
    queryKey: [...teamsKey, 'list', archived],
    queryFn: ({ signal }) => call(listTeams, { query: { archived }, signal }),
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
