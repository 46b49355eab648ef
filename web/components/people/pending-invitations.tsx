import { Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { CreatedInvitation, Invitation } from '../../../contract/invitations.js';
import { useInvitations, useResendInvitation, useRevokeInvitation } from '../../api/invitations.js';
import { ConfirmDialog, useConfirmedAction } from '../confirm-dialog.js';
import { CopyField } from '../copy-field.js';
import { formatInstantDay } from '../format.js';
import { notifySuccess } from '../notify.js';
import { LoadError, PageLoader } from '../query-state.js';
import { roleLabels } from '../roles.js';
import { ShowMore } from '../show-more.js';

/** Invitations nobody has answered yet; a manager may resend them (expired too) or revoke them. */
export function PendingInvitations() {
  const invitations = useInvitations(true);
  const [resent, setResent] = useState<CreatedInvitation | null>(null);
  const resendInvitation = useResendInvitation();
  const resend = useConfirmedAction(
    {
      ...resendInvitation,
      mutate: (id: string, options: { onSuccess: () => void }) =>
        resendInvitation.mutate(id, {
          onSuccess: (created) => {
            setResent(created);
            options.onSuccess();
          },
        }),
    },
    { variables: (invitation: Invitation) => invitation.id, onDone: () => {} },
  );
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
                  <Table.Td>
                    {invitation.status === 'expired' ? (
                      <Badge color="orange" variant="light">
                        Expired {formatInstantDay(invitation.expiresAt)}
                      </Badge>
                    ) : (
                      formatInstantDay(invitation.expiresAt)
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {invitation.can.resend && (
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          aria-label={`Resend the invitation for ${invitation.email}`}
                          onClick={() => resend.ask(invitation)}
                        >
                          Resend
                        </Button>
                      )}
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
                    </Group>
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
      <ConfirmDialog {...resend.dialog} title="Resend the invitation?" confirmLabel="Resend invitation">
        {resend.item?.email} gets a new link, valid for another two weeks; the link sent before stops working.
      </ConfirmDialog>
      <Modal opened={resent !== null} onClose={() => setResent(null)} title="Invitation resent" size="lg">
        {resent && <ResentLink resent={resent} onDone={() => setResent(null)} />}
      </Modal>
      <ConfirmDialog {...revoke.dialog} title="Revoke the invitation?" confirmLabel="Revoke invitation">
        The link sent to {revoke.item?.email} will stop working. You can invite them again later.
      </ConfirmDialog>
    </section>
  );
}

function ResentLink({ resent, onDone }: { resent: CreatedInvitation; onDone: () => void }) {
  const { invitation, link, emailed } = resent;
  const until = formatInstantDay(invitation.expiresAt);
  return (
    <Stack>
      <Text role="status">
        {emailed
          ? `Accord is emailing a new link to ${invitation.email} now.`
          : `Email is off on this instance: send ${invitation.email} the new link.`}
      </Text>
      <CopyField
        label="New invitation link"
        value={link}
        description={`It works once, until ${until}. It is shown only now.`}
        copyLabel="Copy link"
      />
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
