import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconHierarchy } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { PHASES } from '../../core/promises/index.js';
import { useAccountability } from '../api/accountability.js';
import { AccountabilityTable } from '../components/accountability/accountability-table.js';
import { useCycleOptions } from '../components/cycles/use-cycle-options.js';
import { EmptyMessage } from '../components/empty-message.js';
import { PageHeader } from '../components/page-header.js';
import { phaseColors, phaseLabels } from '../components/promises/labels.js';
import { LoadError, PageLoader } from '../components/query-state.js';

// The graph and its layout engine are large: they load only when the map is opened.
const AccountabilityGraph = lazy(() =>
  import('../components/accountability/accountability-graph.js').then((module) => ({
    default: module.AccountabilityGraph,
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

export function AccountabilityMapRoute() {
  const [params, setParams] = useSearchParams();
  const cycleId = params.get('cycle');
  const horizonId = params.get('horizon');
  const options = useCycleOptions();
  const map = useAccountability({ cycleId: cycleId ?? undefined, horizonId: horizonId ?? undefined });
  const setFilter = (key: 'cycle' | 'horizon', value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  return (
    <>
      <PageHeader
        title="Accountability map"
        description="Who promises what to whom, over which horizon: the hierarchy that emerges from promises. Select a promise to open it."
      />
      <Stack gap="lg">
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
        {map.isPending ? (
          <PageLoader label="Loading the map" />
        ) : map.error ? (
          <LoadError error={map.error} onRetry={() => map.refetch()} />
        ) : map.data.edges.length === 0 ? (
          <EmptyMessage icon={<IconHierarchy />} title="Nobody has promised anything here yet">
            Drafts, declined and withdrawn promises make no accountability, so they are not on the map.
          </EmptyMessage>
        ) : (
          <>
            <section aria-labelledby="graph-heading">
              <Title order={2} size="h3" mb="xs" id="graph-heading">
                Map
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
                Every promise on the map
              </Title>
              <AccountabilityTable
                map={map.data}
                horizonOrder={options.horizons.map((horizon) => horizon.id)}
              />
            </section>
          </>
        )}
      </Stack>
    </>
  );
}
