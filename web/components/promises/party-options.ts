import type { Party } from '../../../contract/parties.js';

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

interface Named {
  id: string;
  name: string;
}

/** Everyone who can hold or make a promise, as a select's groups: the members, then the active teams. */
export function partyOptions(people: readonly Named[], teams: readonly Named[]) {
  return [
    {
      group: 'People',
      items: people.map((person) => ({
        value: partyValue({ type: 'person', id: person.id }),
        label: person.name,
      })),
    },
    {
      group: 'Teams',
      items: teams.map((team) => ({ value: partyValue({ type: 'team', id: team.id }), label: team.name })),
    },
  ];
}
