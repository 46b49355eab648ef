import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PromiseSummary } from '../../../contract/promises.js';
import { formatInstantDay } from '../format.js';
import { reasonCodeLabels } from '../promises/labels.js';

const isReasonCode = (code: string | undefined): code is keyof typeof reasonCodeLabels =>
  code !== undefined && code in reasonCodeLabels;

/** What a team said no to, kept with its reasons: saying no is part of planning, not a failure of it. */
export function DeclinedAsksTable({
  declined,
  teamName,
}: {
  declined: readonly PromiseSummary[];
  teamName: string;
}) {
  if (declined.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {teamName} has declined no ask in this cycle.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs">
        <Table.Caption>Asks {teamName} declined</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Ask</Table.Th>
            <Table.Th scope="col">Asked by</Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
            <Table.Th scope="col">Declined</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {declined.map((promise) => (
            <Table.Tr key={promise.id}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/promises/${promise.id}`} fw={600} size="sm">
                  {promise.title}
                </Anchor>
              </Table.Th>
              <Table.Td>{promise.customer.name}</Table.Td>
              <Table.Td>
                {isReasonCode(promise.reason?.code) && (
                  <Badge variant="light" color="gray" tt="none" mr="xs">
                    {reasonCodeLabels[promise.reason.code]}
                  </Badge>
                )}
                <Text span size="sm">
                  {promise.reason?.text ?? 'No reason given'}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstantDay(promise.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
