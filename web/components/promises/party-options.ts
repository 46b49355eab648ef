import type { Party } from '../../../contract/parties.js';
import { usePeople } from '../../api/people.js';
import { useTeams } from '../../api/teams.js';

/** A party as a select's value: "person:<id>" or "team:<id>". */
export function partyValue(party: Party): string {
  return `${party.type}:${party.id}`;
}

export function partyOfValue(value: string): Party | null {
  const [type, ...rest] = value.split(':');
  const id = rest.join(':');
  if ((type === 'person' || type === 'team') && id) return { type, id };
  return null;
}

/** Everyone who can hold or make a promise: the members, then the active teams. */
export function usePartyOptions() {
  const people = usePeople();
  const teams = useTeams();
  const data = [
    {
      group: 'People',
      items: (people.data ?? []).map((person) => ({
        value: partyValue({ type: 'person', id: person.id }),
        label: person.name,
      })),
    },
    {
      group: 'Teams',
      items: (teams.data ?? []).map((team) => ({
        value: partyValue({ type: 'team', id: team.id }),
        label: team.name,
      })),
    },
  ];
  return { data, isPending: people.isPending || teams.isPending, error: people.error ?? teams.error };
}
