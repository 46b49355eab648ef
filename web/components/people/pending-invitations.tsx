import { Button, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import type { Invitation } from '../../../contract/invitations.js';
import { useInvitations, useRevokeInvitation } from '../../api/invitations.js';
import { ConfirmDialog } from '../confirm-dialog.js';
import { formatInstantDay } from '../format.js';
import { notifySuccess } from '../notify.js';
import { LoadError, PageLoader } from '../query-state.js';
import { roleLabels } from '../roles.js';

/** Invitations nobody has answered yet; a manager may revoke them. */
export function PendingInvitations() {
  const invitations = useInvitations(true);
  const revoke = useRevokeInvitation();
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [isConfirming, confirming] = useDisclosure(false);
  const pending = invitations.data?.filter((invitation) => invitation.status === 'pending') ?? [];

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
                        onClick={() => {
                          revoke.reset();
                          setRevoking(invitation);
                          confirming.open();
                        }}
                      >
                        Revoke
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmDialog
        opened={isConfirming}
        onClose={confirming.close}
        title="Revoke the invitation?"
        confirmLabel="Revoke invitation"
        isPending={revoke.isPending}
        error={revoke.error}
        onConfirm={() => {
          if (!revoking) return;
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              confirming.close();
              notifySuccess(`The invitation for ${revoking.email} is revoked`);
            },
          });
        }}
      >
        The link sent to {revoking?.email} will stop working. You can invite them again later.
      </ConfirmDialog>
    </section>
  );
}
