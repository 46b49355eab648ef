import { usePeople } from '../../api/people.js';
import { useTeams } from '../../api/teams.js';
import { partyOptions } from './party-options.js';

/** Everyone who can hold or make a promise, for a select: the members, then the active teams. */
export function usePartyOptions() {
  const people = usePeople();
  const teams = useTeams();
  return {
    data: partyOptions(people.data ?? [], teams.data ?? []),
    isPending: people.isPending || teams.isPending,
    error: people.error ?? teams.error,
  };
}
