import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PromiseSummary } from '../../../contract/promises.js';
import { formatCalendarDate } from '../format.js';
import { formatScore, PartiesLine, PhaseBadge, StatusBadge } from './badges.js';

/** The promises in a table; shown as of a past moment (`at`), each links to the promise as of then. */
export function PromisesTable({
  promises,
  caption,
  at,
}: {
  promises: PromiseSummary[];
  caption: string;
  at?: string | null | undefined;
}) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Promise</Table.Th>
            <Table.Th scope="col">Customer → performers</Table.Th>
            <Table.Th scope="col">Phase</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Awaiting</Table.Th>
            <Table.Th scope="col">Due</Table.Th>
            <Table.Th scope="col">Score</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {promises.map((promise) => (
            <Table.Tr key={promise.id}>
              <Table.Th scope="row" maw={360}>
                <Anchor
                  component={Link}
                  to={`/promises/${promise.id}${at ? `?at=${encodeURIComponent(at)}` : ''}`}
                  fw={600}
                >
                  {promise.title}
                </Anchor>
                <Text size="xs" c="dimmed" fw={400}>
                  {promise.cycle.name} · {promise.horizon.name}
                  {promise.tags.length > 0 && ` · ${promise.tags.join(', ')}`}
                </Text>
              </Table.Th>
              <Table.Td>
                <PartiesLine customer={promise.customer} performers={promise.performers} />
              </Table.Td>
              <Table.Td>
                <PhaseBadge phase={promise.phase} />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={promise.status} />
              </Table.Td>
              <Table.Td>
                {promise.awaiting === null ? '—' : promise.awaiting === 'customer' ? 'Customer' : 'Performer'}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(promise.dueDate)}</Table.Td>
              <Table.Td>{formatScore(promise.score)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
