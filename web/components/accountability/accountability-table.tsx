import { Anchor, Stack, Table } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { AccountabilityMap } from '../../../contract/accountability.js';
import { PagePicker } from '../page-picker.js';
import { PhaseBadge } from '../promises/badges.js';

/** Rows shown at once: a map of thousands of promises stays quick to show and to read through. */
const ROWS_PER_PAGE = 100;

const collator = new Intl.Collator();

/**
 * Every edge of the map as a row: who promises whom, on which horizon, what. Longer horizons come
 * first (`horizonOrder` lists horizon ids longest first), as they sit higher on the map. A large map
 * is shown a page of rows at a time.
 */
export function AccountabilityTable({
  map,
  horizonOrder,
}: {
  map: AccountabilityMap;
  horizonOrder: string[];
}) {
  // Sorted once per map: `horizonOrder` is a new array on every render, its ids are the same.
  const horizonKey = horizonOrder.join(' ');
  const rows = useMemo(() => sortedRows(map, horizonKey.split(' ')), [map, horizonKey]);
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE));
  // Another filter may leave fewer pages than the one shown.
  const current = Math.min(page, pages);
  const shown = rows.slice((current - 1) * ROWS_PER_PAGE, current * ROWS_PER_PAGE);

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Caption>
            Who promises what to whom
            {pages > 1 ? `, page ${current} of ${pages} (${rows.length} promises)` : ''}
          </Table.Caption>
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
            {shown.map(({ edge, customer, performer }) => (
              <Table.Tr key={edge.id}>
                <Table.Td>{customer}</Table.Td>
                <Table.Td>{performer}</Table.Td>
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
      <PagePicker pages={pages} page={current} onChange={setPage} />
    </Stack>
  );
}

interface Row {
  edge: AccountabilityMap['edges'][number];
  customer: string;
  performer: string;
}

function sortedRows(map: AccountabilityMap, horizonOrder: string[]): Row[] {
  // Looked up by id, not searched: the sort compares thousands of rows on a large map.
  const names = new Map(map.nodes.map((node) => [node.id, node.party.name]));
  const ranks = new Map(horizonOrder.map((id, index) => [id, index]));
  const rank = (id: string) => ranks.get(id) ?? horizonOrder.length;
  return map.edges
    .map((edge) => ({
      edge,
      customer: names.get(edge.source) ?? 'Unknown',
      performer: names.get(edge.target) ?? 'Unknown',
    }))
    .sort(
      (a, b) =>
        rank(a.edge.horizon.id) - rank(b.edge.horizon.id) ||
        collator.compare(a.customer, b.customer) ||
        collator.compare(a.performer, b.performer) ||
        collator.compare(a.edge.title, b.edge.title),
    );
}
