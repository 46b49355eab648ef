import { Badge, Table, Text } from '@mantine/core';
import type { Cycle } from '../../../contract/cycles.js';
import { CadenceSelect, cadenceLabels } from './cadence-select.js';
import { CycleActions } from './cycle-actions.js';
import { formatCycleDates } from './cycle-options.js';

const stateColors: Record<Cycle['state'], string> = {
  planning: 'grape',
  active: 'blue',
  reviewing: 'teal',
  closed: 'gray',
};

const stateLabels: Record<Cycle['state'], string> = {
  planning: 'Planning',
  active: 'Active',
  reviewing: 'Reviewing',
  closed: 'Closed',
};

/** The cycles of one horizon: dates, the cycle they nest in, state, check-in cadence and what may be done. */
export function CyclesTable({
  caption,
  cycles,
  allCycles,
}: {
  caption: string;
  cycles: Cycle[];
  allCycles: Cycle[];
}) {
  const nameOf = (id: string | null) =>
    id ? (allCycles.find((cycle) => cycle.id === id)?.name ?? '—') : '—';
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Cycle</Table.Th>
            <Table.Th scope="col">Dates</Table.Th>
            <Table.Th scope="col">Within</Table.Th>
            <Table.Th scope="col">State</Table.Th>
            <Table.Th scope="col">Check-ins</Table.Th>
            <Table.Th scope="col">Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cycles.map((cycle) => (
            <Table.Tr key={cycle.id}>
              <Table.Th scope="row">{cycle.name}</Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCycleDates(cycle)}</Table.Td>
              <Table.Td>{nameOf(cycle.parentId)}</Table.Td>
              <Table.Td>
                <Badge color={stateColors[cycle.state]} variant="light" style={{ textTransform: 'none' }}>
                  {stateLabels[cycle.state]}
                </Badge>
                {cycle.archivedAt && (
                  <Text span size="sm" c="dimmed" ml="xs">
                    Archived
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {cycle.can.edit ? (
                  <CadenceSelect cycle={cycle} />
                ) : (
                  <Text size="sm">{cadenceLabels[cycle.checkInCadence]}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <CycleActions cycle={cycle} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
