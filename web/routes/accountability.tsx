import { Alert, Anchor, Breadcrumbs, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconHierarchy } from '@tabler/icons-react';
import { lazy, Suspense, useCallback } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type AccountabilityUnit, MAX_TEAM_MAP_PAGE } from '../../contract/accountability.js';
import { PHASES } from '../../core/promises/index.js';
import { useAccountabilitySummary, useTeamAccountability } from '../api/accountability.js';
import { AccountabilityTable } from '../components/accountability/accountability-table.js';
import { LinksTable, UnitsTable } from '../components/accountability/summary-tables.js';
import { useCycleOptions } from '../components/cycles/use-cycle-options.js';
import { EmptyMessage } from '../components/empty-message.js';
import { PageHeader } from '../components/page-header.js';
import { PagePicker } from '../components/page-picker.js';
import { PlanAsOf, useAsOf } from '../components/promises/as-of-control.js';
import { phaseColors, phaseLabels } from '../components/promises/labels.js';
import { LoadError, PageLoader } from '../components/query-state.js';

// The graphs and their layout engine are large: they load only when the map is opened.
const AccountabilityGraph = lazy(() =>
  import('../components/accountability/accountability-graph.js').then((module) => ({
    default: module.AccountabilityGraph,
  })),
);
const SummaryGraph = lazy(() =>
  import('../components/accountability/summary-graph.js').then((module) => ({
    default: module.SummaryGraph,
  })),
);

function PhaseLegend() {
  return (
    <Group
      gap="md"
      component="ul"
      aria-label="Edge colors"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {PHASES.map((phase) => (
        <Group key={phase} component="li" gap={6}>
          <span
            aria-hidden="true"
            style={{
              width: 18,
              height: 3,
              background: `var(--mantine-color-${phaseColors[phase]}-6)`,
              display: 'inline-block',
            }}
          />
          <Text size="sm">{phaseLabels[phase]}</Text>
        </Group>
      ))}
    </Group>
  );
}

type Filters = { cycleId?: string; horizonId?: string; at?: string };

export function AccountabilityMapRoute() {
  const [params, setParams] = useSearchParams();
  const cycleId = params.get('cycle');
  const horizonId = params.get('horizon');
  const teamId = params.get('team');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const options = useCycleOptions();
  const [at] = useAsOf();
  const filters: Filters = {
    cycleId: cycleId ?? undefined,
    horizonId: horizonId ?? undefined,
    ...(at ? { at } : {}),
  };
  const setFilter = (key: 'cycle' | 'horizon' | 'page', value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      if (key !== 'page') next.delete('page');
      return next;
    });
  // A team's map is the summary's address plus the team: the filters carry over, and Back returns.
  const hrefOf = useCallback(
    (team: string | null) => {
      const next = new URLSearchParams(params);
      next.delete('page');
      if (team) next.set('team', team);
      else next.delete('team');
      const query = next.toString();
      return query ? `/map?${query}` : '/map';
    },
    [params],
  );
  const unitHref = useCallback(
    (unit: AccountabilityUnit) => (unit.team ? hrefOf(unit.team.id) : null),
    [hrefOf],
  );

  return (
    <>
      <PageHeader
        title="Accountability map"
        description="Who promises what to whom, over which horizon: the hierarchy that emerges from promises. Open a team to see its promises; select a promise to open it."
      />
      <Stack gap="lg">
        <PlanAsOf description="The promises live then, and the links that stood then" />
        <Group align="flex-end" gap="sm" role="search" aria-label="Filter the map">
          <Select
            label="Cycle"
            placeholder="All cycles"
            description="A cycle shows the cycles within it too"
            clearable
            searchable
            data={options.data}
            value={cycleId}
            onChange={(value) => setFilter('cycle', value)}
            w={220}
          />
          <Select
            label="Horizon"
            placeholder="All horizons"
            clearable
            data={options.horizons.map((horizon) => ({ value: horizon.id, label: horizon.name }))}
            value={horizonId}
            onChange={(value) => setFilter('horizon', value)}
            w={180}
          />
        </Group>
        {teamId ? (
          <TeamMap
            teamId={teamId}
            filters={filters}
            page={page}
            onPage={(next) => setFilter('page', next > 1 ? String(next) : null)}
            summaryHref={hrefOf(null)}
            horizonOrder={options.horizons.map((horizon) => horizon.id)}
          />
        ) : at && !cycleId && !horizonId ? (
          // The past is read a cycle or a horizon at a time (the server folds each promise).
          <Text c="dimmed">Choose a cycle or a horizon to see the map as it stood then.</Text>
        ) : (
          <SummaryMap filters={filters} hrefOf={unitHref} />
        )}
      </Stack>
    </>
  );
}

/** The whole organization, one node per team, with the links between teams counted. */
function SummaryMap({
  filters,
  hrefOf,
}: {
  filters: Filters;
  hrefOf: (unit: AccountabilityUnit) => string | null;
}) {
  const summary = useAccountabilitySummary(filters);
  if (summary.isPending) return <PageLoader label="Loading the map" />;
  if (summary.error) return <LoadError error={summary.error} onRetry={() => summary.refetch()} />;
  if (summary.data.promises === 0) {
    return (
      <EmptyMessage icon={<IconHierarchy />} title="Nobody has promised anything here yet">
        Drafts, declined and withdrawn promises make no accountability, so they are not on the map.
      </EmptyMessage>
    );
  }
  return (
    <>
      <section aria-labelledby="graph-heading">
        <Title order={2} size="h3" mb="xs" id="graph-heading">
          Teams
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {summary.data.promises} promises between {summary.data.units.length} teams. A person counts with the
          team they lead, else the first team they belong to. Orange links carry a dependency not acknowledged
          or declined.
          {summary.data.truncated
            ? ` The ${summary.data.links.length} busiest of ${summary.data.linksTotal} links between teams are shown: choose a cycle or a horizon, or open a team, to see the rest.`
            : ''}
        </Text>
        <Suspense fallback={<PageLoader label="Loading the map" />}>
          <SummaryGraph summary={summary.data} hrefOf={hrefOf} />
        </Suspense>
      </section>
      <section aria-labelledby="units-heading">
        <Title order={2} size="h3" mb="xs" id="units-heading">
          Every team on the map
        </Title>
        <UnitsTable summary={summary.data} hrefOf={hrefOf} />
      </section>
      <section aria-labelledby="links-heading">
        <Title order={2} size="h3" mb="xs" id="links-heading">
          Between teams
        </Title>
        <LinksTable summary={summary.data} />
      </section>
    </>
  );
}

/** One team's part of the map: its promises and its people's, a page of them at a time. */
function TeamMap({
  teamId,
  filters,
  page,
  onPage,
  summaryHref,
  horizonOrder,
}: {
  teamId: string;
  filters: Filters;
  page: number;
  onPage: (page: number) => void;
  summaryHref: string;
  horizonOrder: string[];
}) {
  const map = useTeamAccountability(teamId, { ...filters, page, pageSize: MAX_TEAM_MAP_PAGE });
  const name = map.data?.team.name ?? 'Team';
  return (
    <>
      <nav aria-label="Breadcrumb">
        <Breadcrumbs>
          <Anchor component={Link} to={summaryHref}>
            All teams
          </Anchor>
          <Text span aria-current="page">
            {name}
          </Text>
        </Breadcrumbs>
      </nav>
      {map.isPending ? (
        <PageLoader label="Loading the team's map" />
      ) : map.error ? (
        <LoadError error={map.error} onRetry={() => map.refetch()} />
      ) : map.data.total === 0 ? (
        <EmptyMessage icon={<IconHierarchy />} title={`${name} has promised nothing here yet`}>
          Drafts, declined and withdrawn promises make no accountability, so they are not on the map.
        </EmptyMessage>
      ) : (
        <>
          {map.data.truncated ? (
            <Alert color="blue" title={`${map.data.total} promises: too many for one map`}>
              <Stack gap="xs">
                <Text size="sm">
                  Showing promises {(map.data.page - 1) * map.data.pageSize + 1}–
                  {Math.min(map.data.total, map.data.page * map.data.pageSize)} of {map.data.total}, by due
                  date. Choose a cycle or a horizon to narrow the map.
                </Text>
                <PagePicker
                  pages={Math.ceil(map.data.total / map.data.pageSize)}
                  page={map.data.page}
                  onChange={onPage}
                />
              </Stack>
            </Alert>
          ) : null}
          <section aria-labelledby="graph-heading">
            <Title order={2} size="h3" mb="xs" id="graph-heading">
              Map of {name}
            </Title>
            <Stack gap="xs">
              <PhaseLegend />
              <Suspense fallback={<PageLoader label="Loading the map" />}>
                <AccountabilityGraph map={map.data} />
              </Suspense>
            </Stack>
          </section>
          <section aria-labelledby="edges-heading">
            <Title order={2} size="h3" mb="xs" id="edges-heading">
              Every promise of {name}
            </Title>
            <AccountabilityTable map={map.data} horizonOrder={horizonOrder} />
          </section>
        </>
      )}
    </>
  );
}
