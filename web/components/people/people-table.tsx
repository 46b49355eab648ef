import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconUserMinus, IconUsers } from '@tabler/icons-react';
import type { Person } from '../../../contract/people.js';
import { useRemoveMember } from '../../api/people.js';
import { ConfirmDialog, useConfirmedAction } from '../confirm-dialog.js';
import { EmptyMessage } from '../empty-message.js';
import { notifySuccess } from '../notify.js';
import { roleLabels } from '../roles.js';
import { MemberRoleSelect } from './member-role-select.js';

export function PeopleTable({
  people,
  total = people.length,
  page,
  search,
  actorId,
  organizationName,
}: {
  /** A page of the members; the caption counts them all (`total`) and says which page this is. */
  people: Person[];
  total?: number;
  page?: { page: number; pages: number };
  search: string;
  actorId: string;
  organizationName: string;
}) {
  const hasActions = people.some((person) => person.can.remove);
  const remove = useConfirmedAction(useRemoveMember(), {
    variables: (person: Person) => person.id,
    onDone: (person) => notifySuccess(`${person.name} is no longer a member of ${organizationName}`),
  });

  if (people.length === 0) {
    return (
      <EmptyMessage icon={<IconUsers />} title={search ? `No one matches “${search}”` : 'No members'}>
        {search ? 'Try part of a name or an email address.' : null}
      </EmptyMessage>
    );
  }

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Caption>
            {page && page.pages > 1 ? `Page ${page.page} of ${page.pages}: ` : ''}
            {total === 1 ? '1 member' : `${total} members`}
            {search ? ` matching “${search}”` : ''}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Email</Table.Th>
              <Table.Th scope="col">Role</Table.Th>
              <Table.Th scope="col">Teams</Table.Th>
              {hasActions && <Table.Th scope="col">Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((person) => (
              <Table.Tr key={person.id}>
                <Table.Th scope="row" fw={500}>
                  {person.name}
                  {person.id === actorId && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      (you)
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>{person.email}</Table.Td>
                <Table.Td>
                  {person.can.changeRoleTo.length > 0 ? (
                    <MemberRoleSelect person={person} />
                  ) : (
                    roleLabels[person.role]
                  )}
                </Table.Td>
                <Table.Td>
                  <TeamBadges teams={person.teams} />
                </Table.Td>
                {hasActions && (
                  <Table.Td>
                    {person.can.remove && (
                      <Tooltip label={`Remove ${person.name}`}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Remove ${person.name}`}
                          onClick={() => remove.ask(person)}
                        >
                          <IconUserMinus size={18} aria-hidden="true" />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        {...remove.dialog}
        title={`Remove ${remove.item?.name ?? 'member'}?`}
        confirmLabel="Remove member"
      >
        {remove.item?.name} will lose access to {organizationName} and leave its teams. What they did stays in
        the history. You can invite them again later.
      </ConfirmDialog>
    </>
  );
}

function TeamBadges({ teams }: { teams: Person['teams'] }) {
  if (teams.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No team
      </Text>
    );
  }
  return (
    <Group gap={6}>
      {teams.map((team) => (
        <Badge key={team.id} variant={team.isLead ? 'filled' : 'light'} style={{ textTransform: 'none' }}>
          {team.name}
          {team.isLead ? ' (lead)' : ''}
        </Badge>
      ))}
    </Group>
  );
}
