import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { AccountabilitySummary, AccountabilityUnit } from '../../../contract/accountability.js';
import { PagePicker } from '../page-picker.js';
import { isAtRisk, riskText } from './summary-text.js';

/** Rows shown at once: an organization of a thousand teams stays quick to read through. */
const ROWS_PER_PAGE = 50;

function usePage<T>(rows: readonly T[]) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE));
  // Another filter may leave fewer pages than the one shown.
  const current = Math.min(page, pages);
  return {
    pages,
    current,
    setPage,
    shown: rows.slice((current - 1) * ROWS_PER_PAGE, current * ROWS_PER_PAGE),
    caption: pages > 1 ? `, page ${current} of ${pages} (${rows.length})` : '',
  };
}

/** Each team with what it performs and asks; its name opens the team's map. */
export function UnitsTable({
  summary,
  hrefOf,
}: {
  summary: AccountabilitySummary;
  hrefOf: (unit: AccountabilityUnit) => string | null;
}) {
  const paged = usePage(summary.units);
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Caption>Teams on the map{paged.caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Team</Table.Th>
              <Table.Th scope="col">Performs</Table.Th>
              <Table.Th scope="col">Asks</Table.Th>
              <Table.Th scope="col">Negotiating</Table.Th>
              <Table.Th scope="col">Executing</Table.Th>
              <Table.Th scope="col">Assessing or closed</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paged.shown.map((unit) => {
              const href = hrefOf(unit);
              return (
                <Table.Tr key={unit.id}>
                  <Table.Th scope="row" fw={400}>
                    {href ? (
                      <Anchor component={Link} to={href}>
                        {unit.name}
                      </Anchor>
                    ) : (
                      unit.name
                    )}
                  </Table.Th>
                  <Table.Td>{unit.performs}</Table.Td>
                  <Table.Td>{unit.asks}</Table.Td>
                  <Table.Td>{unit.byPhase.listen + unit.byPhase.negotiate}</Table.Td>
                  <Table.Td>{unit.byPhase.execute}</Table.Td>
                  <Table.Td>{unit.byPhase.assess + unit.byPhase.closed}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PagePicker pages={paged.pages} page={paged.current} onChange={paged.setPage} />
    </Stack>
  );
}

/** Each link between two teams (or within one), most promises first, with its risks. */
export function LinksTable({ summary }: { summary: AccountabilitySummary }) {
  const rows = useMemo(() => {
    const names = new Map(summary.units.map((unit) => [unit.id, unit.name]));
    return summary.links
      .map((link) => ({
        link,
        customer: names.get(link.source) ?? 'Unknown',
        performer: names.get(link.target) ?? 'Unknown',
      }))
      .sort(
        (a, b) =>
          b.link.promises - a.link.promises ||
          a.customer.localeCompare(b.customer) ||
          a.performer.localeCompare(b.performer),
      );
  }, [summary]);
  const paged = usePage(rows);
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Caption>Between teams{paged.caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Customer team</Table.Th>
              <Table.Th scope="col">Performer team</Table.Th>
              <Table.Th scope="col">Promises</Table.Th>
              <Table.Th scope="col">Contributions</Table.Th>
              <Table.Th scope="col">Dependencies</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paged.shown.map(({ link, customer, performer }) => (
              <Table.Tr key={link.id}>
                <Table.Th scope="row" fw={400}>
                  {customer}
                </Table.Th>
                <Table.Td>
                  {link.source === link.target ? <Text span>within the team</Text> : performer}
                </Table.Td>
                <Table.Td>{link.promises}</Table.Td>
                <Table.Td>{link.contributions}</Table.Td>
                <Table.Td>
                  {link.dependencies.total}
                  {isAtRisk(link) ? (
                    <Badge ml="xs" color="orange" variant="light">
                      {riskText(link)}
                    </Badge>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PagePicker pages={paged.pages} page={paged.current} onChange={paged.setPage} />
    </Stack>
  );
}
