import { Button, Table, Text, Title } from '@mantine/core';
import type { Invitation } from '../../../contract/invitations.js';
import { useInvitations, useRevokeInvitation } from '../../api/invitations.js';
import { ConfirmDialog, useConfirmedAction } from '../confirm-dialog.js';
import { formatInstantDay } from '../format.js';
import { notifySuccess } from '../notify.js';
import { LoadError, PageLoader } from '../query-state.js';
import { roleLabels } from '../roles.js';
import { ShowMore } from '../show-more.js';

/** Invitations nobody has answered yet; a manager may revoke them. */
export function PendingInvitations() {
  const invitations = useInvitations(true);
  const revoke = useConfirmedAction(useRevokeInvitation(), {
    variables: (invitation: Invitation) => invitation.id,
    onDone: (invitation) => notifySuccess(`The invitation for ${invitation.email} is revoked`),
  });
  const pending = invitations.data?.invitations ?? [];

  return (
    <section aria-labelledby="pending-invitations-heading">
      <Title order={2} size="h3" mb="sm" id="pending-invitations-heading">
        Pending invitations
      </Title>
      {invitations.isPending ? (
        <PageLoader label="Loading invitations" />
      ) : invitations.error ? (
        <LoadError error={invitations.error} onRetry={() => invitations.refetch()} />
      ) : pending.length === 0 ? (
        <Text c="dimmed">No invitations are waiting for an answer.</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Email</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">Invited by</Table.Th>
                <Table.Th scope="col">Expires</Table.Th>
                <Table.Th scope="col">Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Th scope="row" fw={500}>
                    {invitation.email}
                  </Table.Th>
                  <Table.Td>{roleLabels[invitation.role]}</Table.Td>
                  <Table.Td>{invitation.invitedBy.name}</Table.Td>
                  <Table.Td>{formatInstantDay(invitation.expiresAt)}</Table.Td>
                  <Table.Td>
                    {invitation.can.revoke && (
                      <Button
                        variant="subtle"
                        color="red"
                        size="compact-sm"
                        aria-label={`Revoke the invitation for ${invitation.email}`}
                        onClick={() => revoke.ask(invitation)}
                      >
                        Revoke
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ShowMore
            shown={pending.length}
            total={invitations.data.total}
            noun="invitations"
            isLoading={invitations.isFetchingNextPage}
            onMore={() => void invitations.fetchNextPage()}
          />
        </Table.ScrollContainer>
      )}
      <ConfirmDialog {...revoke.dialog} title="Revoke the invitation?" confirmLabel="Revoke invitation">
        The link sent to {revoke.item?.email} will stop working. You can invite them again later.
      </ConfirmDialog>
    </section>
  );
}
