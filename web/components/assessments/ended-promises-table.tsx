import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CycleReview } from '../../../contract/cycle-review.js';
import { PartiesLine, StatusBadge } from '../promises/badges.js';
import { reasonCodeLabels } from '../promises/labels.js';

type Entry = CycleReview['ended'][number];

const reasonCodes: Record<string, string> = reasonCodeLabels;

/** What was declined, withdrawn or revoked, and why: saying no is part of the plan, so it is kept. */
export function EndedPromisesTable({ ended }: { ended: Entry[] }) {
  if (ended.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Nothing was declined, withdrawn or revoked in this cycle.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm">
        <Table.Caption>
          {ended.length === 1 ? '1 promise declined or ended' : `${ended.length} promises declined or ended`}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Promise</Table.Th>
            <Table.Th scope="col">Between</Table.Th>
            <Table.Th scope="col">Outcome</Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ended.map(({ promise, reason }) => (
            <Table.Tr key={promise.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/promises/${promise.id}`}>
                  {promise.title}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <PartiesLine customer={promise.customer} performers={promise.performers} size="sm" />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={promise.status} />
              </Table.Td>
              <Table.Td maw={360}>
                {reason ? (
                  <Text size="sm">
                    {reason.code && <strong>{reasonCodes[reason.code] ?? reason.code}: </strong>}
                    {reason.text}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    No reason given
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
