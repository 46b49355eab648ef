import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import type { Team, TeamMember } from '../../../contract/teams.js';
import { usePutTeamMember, useRemoveTeamMember } from '../../api/teams.js';
import { ConfirmDialog } from '../confirm-dialog.js';
import { EmptyMessage } from '../empty-message.js';
import { notifyFailure, notifySuccess } from '../notify.js';

/** The team's members, leads first; managers make or unmake leads and remove members. */
export function TeamMembersTable({ team, canEdit }: { team: Team; canEdit: boolean }) {
  const put = usePutTeamMember(team.id);
  const remove = useRemoveTeamMember(team.id);
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  const [isConfirming, confirming] = useDisclosure(false);

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
                        onClick={() => {
                          remove.reset();
                          setRemoving(member);
                          confirming.open();
                        }}
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
        opened={isConfirming}
        onClose={confirming.close}
        title={`Remove ${removing?.name ?? 'member'} from ${team.name}?`}
        confirmLabel="Remove from team"
        isPending={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing.personId, {
            onSuccess: () => {
              confirming.close();
              notifySuccess(`${removing.name} left ${team.name}`);
            },
          });
        }}
      >
        {removing?.name} stays a member of the organization; only their place in {team.name} ends.
      </ConfirmDialog>
    </>
  );
}
