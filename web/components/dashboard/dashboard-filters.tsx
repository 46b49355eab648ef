import { Group, Select } from '@mantine/core';
import { useCycles } from '../../api/cycles.js';
import type { DashboardScope } from '../../api/dashboard.js';
import { usePartyOptions } from '../promises/use-party-options.js';

const ORGANIZATION = 'organization';

/** "team:<id>" or "person:<id>": one Select chooses whose promises the dashboard counts. */
function scopeValue(scope: DashboardScope): string {
  if (scope.teamId) return `team:${scope.teamId}`;
  if (scope.personId) return `person:${scope.personId}`;
  return ORGANIZATION;
}

function scopeOf(value: string | null): Pick<DashboardScope, 'teamId' | 'personId'> {
  const [kind, id] = (value ?? ORGANIZATION).split(':');
  if (kind === 'team' && id) return { teamId: id, personId: undefined };
  if (kind === 'person' && id) return { teamId: undefined, personId: id };
  return { teamId: undefined, personId: undefined };
}

/** The cycle (the current one unless chosen) and whose promises: the organization's, a team's or a person's. */
export function DashboardFilters({
  scope,
  shownCycleId,
  onChange,
}: {
  scope: DashboardScope;
  /** The cycle the dashboard shows: the chosen one, or the current one the server picked. */
  shownCycleId: string | undefined;
  onChange: (scope: DashboardScope) => void;
}) {
  const cycles = useCycles();
  // Teams and people are searched by what is typed, never listed whole; the chosen one stays an option.
  const chosen = scopeValue(scope);
  const parties = usePartyOptions(chosen === ORGANIZATION ? [] : [chosen], [], ['Whole organization']);
  const [people, teams] = parties.data;

  const cycleOptions = (cycles.data ?? []).map((cycle) => ({
    value: cycle.id,
    label: `${cycle.name} (${cycle.horizon.name})`,
  }));
  const scopeOptions = [
    { group: 'Organization', items: [{ value: ORGANIZATION, label: 'Whole organization' }] },
    { group: 'Teams', items: teams?.items ?? [] },
    { group: 'People', items: people?.items ?? [] },
  ].filter((group) => group.items.length > 0);

  return (
    <Group align="flex-end" gap="md" wrap="wrap" mb="lg">
      <Select
        label="Cycle"
        placeholder={cycles.isPending ? 'Loading cycles…' : 'The current cycle'}
        data={cycleOptions}
        value={scope.cycleId ?? shownCycleId ?? null}
        onChange={(cycleId) => onChange({ ...scope, cycleId: cycleId ?? undefined })}
        searchable
        allowDeselect={false}
        nothingFoundMessage="No cycle by that name"
        error={cycles.error ? 'The cycles could not be loaded' : undefined}
        w={300}
      />
      <Select
        label="Scope"
        description="Whose promises to count"
        data={scopeOptions}
        value={scopeValue(scope)}
        {...parties.search}
        onChange={(value) => onChange({ ...scope, ...scopeOf(value) })}
        searchable
        allowDeselect={false}
        nothingFoundMessage="No team or person by that name"
        w={300}
      />
    </Group>
  );
}
