import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { AccountabilityMap } from '../../../contract/accountability.js';
import { PhaseBadge } from '../promises/badges.js';

/**
 * Every edge of the map as a row: who promises whom, on which horizon, what. Longer horizons come
 * first (`horizonOrder` lists horizon ids longest first), as they sit higher on the map.
 */
export function AccountabilityTable({
  map,
  horizonOrder,
}: {
  map: AccountabilityMap;
  horizonOrder: string[];
}) {
  const nameOf = (id: string) => map.nodes.find((node) => node.id === id)?.party.name ?? 'Unknown';
  const rank = (id: string) => {
    const index = horizonOrder.indexOf(id);
    return index === -1 ? horizonOrder.length : index;
  };
  const edges = [...map.edges].sort(
    (a, b) =>
      rank(a.horizon.id) - rank(b.horizon.id) ||
      nameOf(a.source).localeCompare(nameOf(b.source)) ||
      nameOf(a.target).localeCompare(nameOf(b.target)) ||
      a.title.localeCompare(b.title),
  );
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Caption>Who promises what to whom</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Customer</Table.Th>
            <Table.Th scope="col">Performer</Table.Th>
            <Table.Th scope="col">Horizon</Table.Th>
            <Table.Th scope="col">Promise</Table.Th>
            <Table.Th scope="col">Phase</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {edges.map((edge) => (
            <Table.Tr key={edge.id}>
              <Table.Td>{nameOf(edge.source)}</Table.Td>
              <Table.Td>{nameOf(edge.target)}</Table.Td>
              <Table.Td>{edge.horizon.name}</Table.Td>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/promises/${edge.promiseId}`}>
                  {edge.title}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <PhaseBadge phase={edge.phase} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
