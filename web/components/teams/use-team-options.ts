import { useDebouncedValue } from '@mantine/hooks';
import { useRef, useState } from 'react';
import type { TeamFilter } from '../../../contract/teams.js';
import { useSearchTeams } from '../../api/teams.js';

/**
 * Teams for a searchable select, found by what is typed into it: the first matches, never every team.
 * The team chosen stays an option with its name whatever is typed; `known` names it before any search
 * found it, and `otherLabels` are the labels of the select's other options ("All teams"). Spread
 * `search` on the select.
 */
export function useTeamOptions(
  chosenId: string | null | undefined,
  options: {
    archived?: TeamFilter;
    known?: { id: string; name: string } | null;
    otherLabels?: readonly string[];
  } = {},
) {
  const [searchValue, setSearchValue] = useState('');
  const names = useRef(new Map<string, string>());
  if (options.known && !names.current.has(options.known.id)) {
    names.current.set(options.known.id, options.known.name);
  }
  // A select shows the chosen option's label as its search text: that is no search, but every team.
  const chosenLabels = [...(options.otherLabels ?? []), chosenId ? names.current.get(chosenId) : undefined];
  const [debounced] = useDebouncedValue(chosenLabels.includes(searchValue) ? '' : searchValue, 200);
  const teams = useSearchTeams(debounced, options.archived ?? 'false');
  const found = (teams.data ?? []).map((team) => ({ value: team.id, label: team.name }));
  for (const item of found) names.current.set(item.value, item.label);
  const chosenName = chosenId ? names.current.get(chosenId) : undefined;
  const kept =
    chosenId && chosenName && !found.some((item) => item.value === chosenId)
      ? [{ value: chosenId, label: chosenName }]
      : [];
  return {
    data: [...kept, ...found],
    isPending: teams.isPending,
    error: teams.error,
    search: { searchValue, onSearchChange: setSearchValue },
  };
}
