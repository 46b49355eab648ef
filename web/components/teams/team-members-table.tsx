import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import type { Team, TeamMember } from '../../../contract/teams.js';
import { usePutTeamMember, useRemoveTeamMember } from '../../api/teams.js';
import { ConfirmDialog, useConfirmedAction } from '../confirm-dialog.js';
import { EmptyMessage } from '../empty-message.js';
import { notifyFailure, notifySuccess } from '../notify.js';

/** The team's members, leads first; managers make or unmake leads and remove members. */
export function TeamMembersTable({ team, canEdit }: { team: Team; canEdit: boolean }) {
  const put = usePutTeamMember(team.id);
  const remove = useConfirmedAction(useRemoveTeamMember(team.id), {
    variables: (member: TeamMember) => member.personId,
    onDone: (member) => notifySuccess(`${member.name} left ${team.name}`),
  });

  if (team.members.length === 0) {
    return (
      <EmptyMessage icon={<IconUsers />} title="No members yet">
        {canEdit ? 'Add the people who work in this team, and choose who leads it.' : null}
      </EmptyMessage>
    );
  }
  const members = [...team.members].sort(
    (a, b) => Number(b.isLead) - Number(a.isLead) || a.name.localeCompare(b.name),
  );

  const toggleLead = (member: TeamMember) =>
    put.mutate(
      { personId: member.personId, isLead: !member.isLead },
      {
        onSuccess: () =>
          notifySuccess(
            member.isLead
              ? `${member.name} no longer leads ${team.name}`
              : `${member.name} leads ${team.name}`,
          ),
        onError: (error) => notifyFailure(`Could not change whether ${member.name} leads`, error),
      },
    );

  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="sm">
          <Table.Caption>{members.length === 1 ? '1 member' : `${members.length} members`}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Email</Table.Th>
              <Table.Th scope="col">Role in team</Table.Th>
              {canEdit && <Table.Th scope="col">Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => (
              <Table.Tr key={member.personId}>
                <Table.Th scope="row" fw={500}>
                  {member.name}
                </Table.Th>
                <Table.Td>{member.email}</Table.Td>
                <Table.Td>
                  {member.isLead ? (
                    <Badge variant="filled">Lead</Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Member
                    </Text>
                  )}
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        variant="light"
                        size="compact-sm"
                        loading={put.isPending && put.variables?.personId === member.personId}
                        onClick={() => toggleLead(member)}
                      >
                        {member.isLead ? 'Remove as lead' : 'Make lead'}
                        <VisuallyHidden>: {member.name}</VisuallyHidden>
                      </Button>
                      <Button
                        variant="subtle"
                        color="red"
                        size="compact-sm"
                        onClick={() => remove.ask(member)}
                      >
                        Remove
                        <VisuallyHidden>: {member.name}</VisuallyHidden>
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        {...remove.dialog}
        title={`Remove ${remove.item?.name ?? 'member'} from ${team.name}?`}
        confirmLabel="Remove from team"
      >
        {remove.item?.name} stays a member of the organization; only their place in {team.name} ends.
      </ConfirmDialog>
    </>
  );
}
