import { useDebouncedValue } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useSearchPeople } from '../../api/people.js';
import { useSearchTeams } from '../../api/teams.js';
import { partyOfValue, partyOptions } from './party-options.js';

/**
 * People and teams for a searchable select, found by what is typed into it: the first matches of
 * each, never the whole directory. The parties already chosen (`chosen`) stay among the options with
 * their names, whatever is typed, so the select can show them; `known` names those that may be chosen
 * before any search found them (the signed-in person), and `otherLabels` the labels of the select's
 * other options ("Whole organization"). Spread `search` on the select.
 */
export function usePartyOptions(
  chosen: readonly string[] = [],
  known: ReadonlyArray<{ value: string; label: string }> = [],
  otherLabels: readonly string[] = [],
) {
  const [searchValue, setSearchValue] = useState('');
  // Every name seen, by option value: a chosen party's name when it no longer matches the search.
  const names = useRef(new Map<string, string>());
  for (const { value, label } of known) if (!names.current.has(value)) names.current.set(value, label);
  // A select shows the chosen option's label as its search text: that is no search, but everyone.
  const chosenLabels = [...otherLabels, ...chosen.map((value) => names.current.get(value))];
  const [debounced] = useDebouncedValue(chosenLabels.includes(searchValue) ? '' : searchValue, 200);
  const people = useSearchPeople(debounced);
  const teams = useSearchTeams(debounced);
  const found = partyOptions(people.data ?? [], teams.data ?? []);
  for (const group of found) for (const item of group.items) names.current.set(item.value, item.label);
  const shown = new Set(found.flatMap((group) => group.items.map((item) => item.value)));
  const kept = chosen.filter((value) => !shown.has(value) && names.current.has(value));
  const keptOf = (type: 'person' | 'team') =>
    kept
      .filter((value) => partyOfValue(value)?.type === type)
      .map((value) => ({ value, label: names.current.get(value) ?? value }));
  const [peopleGroup, teamsGroup] = found;
  return {
    data: [
      { group: peopleGroup?.group ?? 'People', items: [...keptOf('person'), ...(peopleGroup?.items ?? [])] },
      { group: teamsGroup?.group ?? 'Teams', items: [...keptOf('team'), ...(teamsGroup?.items ?? [])] },
    ],
    isPending: people.isPending || teams.isPending,
    error: people.error ?? teams.error,
    search: { searchValue, onSearchChange: setSearchValue },
  };
}
