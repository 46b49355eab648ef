import { Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconMoodCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { FindingStatus, FindingView } from '../../contract/findings.js';
import { FINDING_CODES } from '../../core/planning/index.js';
import { useCycles } from '../api/cycles.js';
import { useFindings } from '../api/findings.js';
import { useSearchPeople } from '../api/people.js';
import { useSearchTeams } from '../api/teams.js';
import { CycleSelect } from '../components/cycles/cycle-select.js';
import { EmptyMessage } from '../components/empty-message.js';
import { FindingItem } from '../components/findings/finding-item.js';
import { findingKinds } from '../components/findings/finding-kinds.js';
import { PageHeader } from '../components/page-header.js';
import { PlanAsOf, useAsOf } from '../components/promises/as-of-control.js';
import { LoadError, PageLoader } from '../components/query-state.js';

const statuses: { value: FindingStatus; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'dismissed', label: 'Dismissed' },
  { value: 'resolved', label: 'Resolved' },
];

/**
 * The strategy debugger: every contradiction in the plan, grouped by kind, each with the people who
 * should talk and the move that would settle it. The filters live in the URL, so a view can be shared.
 */
export function StrategyDebuggerRoute() {
  const [params, setParams] = useSearchParams();
  const cycleId = params.get('cycle') ?? undefined;
  const teamId = params.get('team') ?? undefined;
  const personId = params.get('person') ?? undefined;
  const status = (statuses.find((s) => s.value === params.get('status'))?.value ??
    'open') satisfies FindingStatus;
  const [at] = useAsOf();
  const findings = useFindings({ cycleId, teamId, personId, status, ...(at ? { at } : {}) });
  const setParam = (name: string, value: string | null) =>
    setParams((current) => {
      if (value) current.set(name, value);
      else current.delete(name);
      return current;
    });

  return (
    <>
      <PageHeader
        title="Strategy debugger"
        description="The contradictions in the plan, each a conversation to have: who should talk, and the move that would settle it."
      />
      <Stack gap="lg">
        <PlanAsOf description="The findings open then, or dismissed or resolved by then" />
        <Filters
          cycleId={cycleId ?? null}
          teamId={teamId ?? null}
          personId={personId ?? null}
          status={status}
          onChange={setParam}
        />
        {findings.isPending ? (
          <PageLoader label="Looking for findings" />
        ) : findings.error ? (
          <LoadError error={findings.error} onRetry={() => findings.refetch()} />
        ) : findings.data.total === 0 ? (
          <EmptyMessage icon={<IconMoodCheck aria-hidden="true" />} title="Nothing to look into">
            No {status} finding matches these filters.
          </EmptyMessage>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {findings.data.total} {status} {findings.data.total === 1 ? 'finding' : 'findings'}
              {findings.data.total > findings.data.findings.length
                ? `, the first ${findings.data.findings.length} shown`
                : ''}
            </Text>
            {FINDING_CODES.map((code) => {
              const ofKind = findings.data.findings.filter((f) => f.code === code);
              return ofKind.length > 0 ? (
                <KindSection
                  key={code}
                  code={code}
                  findings={ofKind}
                  count={findings.data.counts[code] ?? 0}
                />
              ) : null;
            })}
          </>
        )}
      </Stack>
    </>
  );
}

function KindSection({
  code,
  findings,
  count,
}: {
  code: FindingView['code'];
  findings: FindingView[];
  count: number;
}) {
  const kind = findingKinds[code];
  const id = `kind-${code}`;
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {kind.title} ({count})
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {kind.why}
      </Text>
      <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
        {findings.map((finding) => (
          <FindingItem key={finding.key} finding={finding} />
        ))}
      </Stack>
    </section>
  );
}

function Filters({
  cycleId,
  teamId,
  personId,
  status,
  onChange,
}: {
  cycleId: string | null;
  teamId: string | null;
  personId: string | null;
  status: FindingStatus;
  onChange: (name: string, value: string | null) => void;
}) {
  const cycles = useCycles();
  const [teamSearch, setTeamSearch] = useState('');
  const [personSearch, setPersonSearch] = useState('');
  const teams = useSearchTeams(teamSearch);
  const people = useSearchPeople(personSearch);
  return (
    <Group align="flex-end" gap="md" role="group" aria-label="Filters">
      {cycles.data && (
        <CycleSelect cycles={cycles.data} value={cycleId} onChange={(id) => onChange('cycle', id)} />
      )}
      <Select
        label="Team"
        placeholder="Any team"
        searchable
        clearable
        data={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
        value={teamId}
        onSearchChange={setTeamSearch}
        onChange={(id) => onChange('team', id)}
        nothingFoundMessage="No team by that name"
        w={220}
      />
      <Select
        label="Person"
        placeholder="Anyone"
        searchable
        clearable
        data={(people.data ?? []).map((person) => ({ value: person.id, label: person.name }))}
        value={personId}
        onSearchChange={setPersonSearch}
        onChange={(id) => onChange('person', id)}
        nothingFoundMessage="Nobody by that name"
        w={220}
      />
      <SegmentedControl
        aria-label="Status"
        data={statuses}
        value={status}
        onChange={(value) => onChange('status', value === 'open' ? null : value)}
      />
    </Group>
  );
}
