import { Button, Stack, Switch, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarPlus, IconClockPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useCycles, useHorizons } from '../api/cycles.js';
import { useCurrentOrganization } from '../api/me.js';
import { CreateCycleDialog } from '../components/cycles/create-cycle-dialog.js';
import { CreateHorizonDialog } from '../components/cycles/create-horizon-dialog.js';
import { cyclesByHorizon } from '../components/cycles/cycle-options.js';
import { CyclesTable } from '../components/cycles/cycles-table.js';
import { PageHeader } from '../components/page-header.js';
import { LoadError, PageLoader } from '../components/query-state.js';

export function CyclesRoute() {
  const organization = useCurrentOrganization();
  const horizons = useHorizons();
  const [showsArchived, setShowsArchived] = useState(false);
  const cycles = useCycles({ includeArchived: showsArchived });
  const [isCreatingCycle, creatingCycle] = useDisclosure(false);
  const [isCreatingHorizon, creatingHorizon] = useDisclosure(false);

  const { createHorizon: mayCreateHorizon, createCycle: mayCreateCycle } = organization.can;
  const actions = (mayCreateHorizon || mayCreateCycle) && (
    <>
      {mayCreateHorizon && (
        <Button
          variant="default"
          leftSection={<IconClockPlus size={18} aria-hidden="true" />}
          onClick={creatingHorizon.open}
        >
          Add horizon
        </Button>
      )}
      {mayCreateCycle && (
        <Button leftSection={<IconCalendarPlus size={18} aria-hidden="true" />} onClick={creatingCycle.open}>
          Create cycle
        </Button>
      )}
    </>
  );

  const isPending = horizons.isPending || cycles.isPending;
  const error = horizons.error ?? cycles.error;
  return (
    <>
      <PageHeader
        title="Cycles"
        description="The planning periods promises are made for, on each horizon: longer cycles hold shorter ones."
        actions={actions}
      />
      {isPending ? (
        <PageLoader label="Loading cycles" />
      ) : error || !horizons.data || !cycles.data ? (
        <LoadError
          error={error}
          onRetry={() => {
            void horizons.refetch();
            void cycles.refetch();
          }}
        />
      ) : (
        <Stack gap="xl">
          <Switch
            label="Show archived cycles"
            checked={showsArchived}
            onChange={(event) => setShowsArchived(event.currentTarget.checked)}
          />
          {cyclesByHorizon(horizons.data, cycles.data).map(({ horizon, cycles: ofHorizon }) => (
            <section key={horizon.id} aria-labelledby={`horizon-${horizon.id}`}>
              <Title order={2} size="h3" mb="xs" id={`horizon-${horizon.id}`}>
                {horizon.name}
                {!horizon.isDefault && (
                  <Text span c="dimmed" fw={400} size="sm" ml="xs">
                    custom, {horizon.months !== null ? `${horizon.months} months` : `${horizon.days} days`}
                  </Text>
                )}
              </Title>
              {ofHorizon.length === 0 ? (
                <Text c="dimmed" size="sm">
                  No {horizon.name} cycle yet.
                  {mayCreateCycle ? ' Create one to make promises on this horizon.' : ''}
                </Text>
              ) : (
                <CyclesTable caption={`${horizon.name} cycles`} cycles={ofHorizon} allCycles={cycles.data} />
              )}
            </section>
          ))}
        </Stack>
      )}
      {mayCreateCycle && horizons.data && cycles.data && (
        <CreateCycleDialog
          opened={isCreatingCycle}
          onClose={creatingCycle.close}
          horizons={horizons.data}
          cycles={cycles.data}
        />
      )}
      {mayCreateHorizon && <CreateHorizonDialog opened={isCreatingHorizon} onClose={creatingHorizon.close} />}
    </>
  );
}
