import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PlanningBoard } from '../../../contract/planning-board.js';
import type { PromiseSummary } from '../../../contract/promises.js';
import type { BoardColumn } from '../../../core/planning/index.js';
import { LoadMeter } from '../capacity/load-meter.js';
import { lateLabels } from '../cycles/cycle-labels.js';
import { PartiesLine } from '../promises/badges.js';
import { reasonCodeLabels } from '../promises/labels.js';

type BoardTeam = PlanningBoard['teams'][number];
type Column = BoardColumn;

const columns: ReadonlyArray<{ key: Column; label: string }> = [
  { key: 'drafts', label: 'Drafts' },
  { key: 'proposed', label: 'Proposed' },
  { key: 'agreed', label: 'Agreed' },
  { key: 'declined', label: 'Declined' },
];

function reasonText(reason: NonNullable<PromiseSummary['reason']>): string {
  const code =
    reason.code && reason.code in reasonCodeLabels
      ? reasonCodeLabels[reason.code as keyof typeof reasonCodeLabels]
      : null;
  return code ? `${code}: ${reason.text}` : reason.text;
}

/** What the board says of one promise in a team's cell: its round trip, whether it awaits an answer, why it was declined. */
function PromiseMarks({ promise, row, column }: { promise: PromiseSummary; row: BoardTeam; column: Column }) {
  const marks: ReactNode[] = [];
  if (column === 'drafts' || column === 'proposed') {
    const isOpen = row.unreviewed.includes(promise.id);
    marks.push(
      <Badge key="round-trip" size="xs" variant="light" color={isOpen ? 'yellow' : 'green'} tt="none">
        {isOpen ? 'Round trip open' : 'Round trip complete'}
      </Badge>,
    );
  }
  if (column === 'proposed' && row.unanswered.includes(promise.id)) {
    marks.push(
      <Badge key="unanswered" size="xs" variant="light" color="orange" tt="none">
        Awaiting {row.team.name}
      </Badge>,
    );
  }
  return (
    <>
      {marks.length > 0 && <Group gap={4}>{marks}</Group>}
      {column === 'declined' && promise.reason && (
        <Text size="xs" c="dimmed">
          {reasonText(promise.reason)}
        </Text>
      )}
    </>
  );
}

function PromiseCell({
  row,
  column,
  label,
  cycleId,
}: {
  row: BoardTeam;
  column: Column;
  label: string;
  cycleId: string;
}) {
  const { promises, total } = row[column];
  if (total === 0) {
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  }
  const more = total - promises.length;
  return (
    <Stack gap="xs">
      {promises.length > 0 && (
        <Stack
          component="ul"
          aria-label={`${label}, ${row.team.name}`}
          gap="xs"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
        >
          {promises.map((promise) => (
            <Stack component="li" key={promise.id} gap={2}>
              <Anchor component={Link} to={`/promises/${promise.id}`} size="sm" fw={600}>
                {promise.title}
              </Anchor>
              <Text size="xs" c="dimmed" component="span">
                <PartiesLine customer={promise.customer} performers={promise.performers} size="xs" />
              </Text>
              <PromiseMarks promise={promise} row={row} column={column} />
            </Stack>
          ))}
        </Stack>
      )}
      {more > 0 && (
        // The column lists its first promises; the rest are the team's in the promise list.
        <Anchor
          component={Link}
          to={`/promises?${new URLSearchParams({ cycle: cycleId, team: row.team.id })}`}
          size="sm"
          aria-label={`${more} more ${label.toLowerCase()} of ${row.team.name}`}
        >
          {more} more
        </Anchor>
      )}
    </Stack>
  );
}

/** Every team against the plan: one row each, its promises by where they stand, its load and lateness. */
export function PlanningBoardTable({ board }: { board: PlanningBoard }) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="sm" withRowBorders>
        <Table.Caption>The plan of {board.cycle.name}, team by team</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Team</Table.Th>
            {columns.map((column) => (
              <Table.Th scope="col" key={column.key}>
                {column.label}
              </Table.Th>
            ))}
            <Table.Th scope="col">Load</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {board.teams.map((row) => (
            <Table.Tr key={row.team.id} style={{ verticalAlign: 'top' }}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/teams/${row.team.id}`} fw={600}>
                  {row.team.name}
                </Anchor>
                <Group gap={4} mt={4}>
                  {row.team.isLeadership && (
                    <Badge size="xs" variant="light" color="grape" tt="none">
                      Leadership
                    </Badge>
                  )}
                  {row.lateFor.map((key) => (
                    <Badge key={key} size="xs" color="red" variant="light" tt="none">
                      {lateLabels[key]}
                    </Badge>
                  ))}
                </Group>
              </Table.Th>
              {columns.map((column) => (
                <Table.Td key={column.key} maw={220}>
                  <PromiseCell row={row} column={column.key} label={column.label} cycleId={board.cycle.id} />
                </Table.Td>
              ))}
              <Table.Td>
                <LoadMeter load={row.load} capacity={row.capacity} label={`Load of ${row.team.name}`} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
