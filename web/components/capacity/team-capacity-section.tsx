import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { Team } from '../../../contract/teams.js';
import { useTeamCapacity } from '../../api/capacity.js';
import { useCycles } from '../../api/cycles.js';
import { defaultPlanningCycle } from '../cycles/cycle-choice.js';
import { CycleSelect } from '../cycles/cycle-select.js';
import { localToday } from '../local-days.js';
import { LoadError, PageLoader } from '../query-state.js';
import { CapacityForm } from './capacity-form.js';
import { DeclinedAsksTable } from './declined-asks-table.js';
import { describeLoad, LoadMeter } from './load-meter.js';

function CycleCapacity({ team, cycleId, canEdit }: { team: Team; cycleId: string; canEdit: boolean }) {
  const capacity = useTeamCapacity(team.id, cycleId);
  if (capacity.isPending) return <PageLoader label="Loading the capacity" />;
  if (capacity.error) return <LoadError error={capacity.error} onRetry={() => capacity.refetch()} />;
  const { load, isOverCapacity, wouldBeOverCapacity, declined } = capacity.data;
  return (
    <Stack gap="lg">
      <Stack gap="xs" maw={480}>
        <LoadMeter load={load} capacity={capacity.data.capacity} label={`Load of ${team.name}`} />
        <Text size="sm" c="dimmed">
          {describeLoad(load, capacity.data.capacity)}.
        </Text>
      </Stack>
      {(isOverCapacity || wouldBeOverCapacity) && (
        <Alert
          color={isOverCapacity ? 'red' : 'orange'}
          icon={<IconAlertTriangle aria-hidden="true" />}
          title={isOverCapacity ? 'Over capacity' : 'Open asks exceed the capacity'}
        >
          {isOverCapacity
            ? `${team.name} has accepted more than it declared it can. The more it accepts, the fewer it will keep: renegotiate or hand something back.`
            : `Accepting every open ask would put ${team.name} over capacity. Declining with the reason is a valid answer.`}
        </Alert>
      )}
      {canEdit && (
        <CapacityForm
          key={`${cycleId}:${capacity.data.capacity?.unit}:${capacity.data.capacity?.amount}`}
          teamId={team.id}
          teamName={team.name}
          cycleId={cycleId}
          current={capacity.data.capacity}
        />
      )}
      <section aria-labelledby="said-no-heading">
        <Title order={3} size="h4" mb="xs" id="said-no-heading">
          What we said no to
        </Title>
        <DeclinedAsksTable declined={declined} teamName={team.name} />
      </section>
    </Stack>
  );
}

/** On the team's page: per cycle, what it can promise, what it carries, and what it declined. */
export function TeamCapacitySection({ team }: { team: Team }) {
  const cycles = useCycles();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const cycle =
    cycles.data?.find((c) => c.id === chosenId) ??
    (cycles.data ? defaultPlanningCycle(cycles.data, localToday()) : null);
  const canEdit = team.can.setCapacity;

  return (
    <section aria-labelledby="capacity-heading">
      <Title order={2} size="h3" mb="sm" id="capacity-heading">
        Capacity
      </Title>
      {cycles.isPending ? (
        <PageLoader label="Loading cycles" />
      ) : cycles.error ? (
        <LoadError error={cycles.error} onRetry={() => cycles.refetch()} />
      ) : !cycle ? (
        <Text c="dimmed">No cycle yet: capacity is declared per cycle.</Text>
      ) : (
        <Stack gap="md">
          <Group>
            <CycleSelect cycles={cycles.data} value={cycle.id} onChange={setChosenId} />
          </Group>
          <CycleCapacity key={cycle.id} team={team} cycleId={cycle.id} canEdit={canEdit} />
        </Stack>
      )}
    </section>
  );
}
