import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TeamSummary } from '../../../contract/teams.js';

/** A page of the teams; the caption counts them all and says which page this is. */
export function TeamsTable({
  teams,
  total = teams.length,
  page,
}: {
  teams: TeamSummary[];
  total?: number;
  page?: { page: number; pages: number };
}) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Caption>
          {page && page.pages > 1 ? `Page ${page.page} of ${page.pages}: ` : ''}
          {total === 1 ? '1 team' : `${total} teams`}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Team</Table.Th>
            <Table.Th scope="col">Description</Table.Th>
            <Table.Th scope="col">Leads</Table.Th>
            <Table.Th scope="col">Members</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {teams.map((team) => {
            const leads = team.leads;
            return (
              <Table.Tr key={team.id}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={`/teams/${team.id}`} fw={600}>
                    {team.name}
                  </Anchor>
                  {team.archivedAt && (
                    <Badge ml="xs" color="gray" variant="light">
                      Archived
                    </Badge>
                  )}
                </Table.Th>
                <Table.Td maw={360}>
                  <Text size="sm" lineClamp={2} c={team.description ? undefined : 'dimmed'}>
                    {team.description || 'No description'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {leads.length > 0 ? (
                    leads.map((lead) => lead.name).join(', ')
                  ) : (
                    <Text size="sm" c="dimmed">
                      No lead
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{team.memberCount}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
