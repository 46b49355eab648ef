import { Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PromiseSort, PromiseSummary } from '../../../contract/promises.js';
import { formatCalendarDate } from '../format.js';
import { formatScore, PartiesLine, PhaseBadge, StatusBadge } from './badges.js';

/** How the list is sorted, and how to sort it by another column (or the same one the other way). */
export interface TableSort {
  by: PromiseSort;
  order: 'asc' | 'desc';
  onChange(by: PromiseSort): void;
}

/** A column header that sorts the list: a button, with aria-sort saying how it is sorted now. */
function SortableHeader({
  column,
  sort,
  children,
}: {
  column: PromiseSort;
  sort?: TableSort | undefined;
  children: ReactNode;
}) {
  if (!sort) return <Table.Th scope="col">{children}</Table.Th>;
  const isSorted = sort.by === column;
  const Icon = !isSorted ? IconArrowsSort : sort.order === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th scope="col" aria-sort={isSorted ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        onClick={() => sort.onChange(column)}
        fw={700}
        fz="sm"
        style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
      >
        {children}
        <Icon size={14} aria-hidden="true" />
      </UnstyledButton>
    </Table.Th>
  );
}

/** The promises in a table; shown as of a past moment (`at`), each links to the promise as of then. */
export function PromisesTable({
  promises,
  caption,
  at,
  sort,
}: {
  promises: PromiseSummary[];
  caption: string;
  at?: string | null | undefined;
  sort?: TableSort;
}) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader column="title" sort={sort}>
              Promise
            </SortableHeader>
            <Table.Th scope="col">Customer → performers</Table.Th>
            <SortableHeader column="phase" sort={sort}>
              Phase
            </SortableHeader>
            <SortableHeader column="status" sort={sort}>
              Status
            </SortableHeader>
            <SortableHeader column="awaiting" sort={sort}>
              Awaiting
            </SortableHeader>
            <SortableHeader column="due" sort={sort}>
              Due
            </SortableHeader>
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
