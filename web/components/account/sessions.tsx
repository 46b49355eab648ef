import { Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import type { SignedInSession } from '../../../contract/sessions.js';
import { useEndOtherSessions, useEndSession, useSessions } from '../../api/sessions.js';
import { ConfirmDialog, useConfirmedAction } from '../confirm-dialog.js';
import { formatInstant, formatInstantDay } from '../format.js';
import { notifySuccess } from '../notify.js';
import { LoadError, PageLoader } from '../query-state.js';

/** Where the person is signed in, and signing out a session they no longer hold (a lost laptop). */
export function Sessions() {
  const sessions = useSessions();
  const end = useConfirmedAction(useEndSession(), {
    variables: (session: SignedInSession) => session.id,
    onDone: () => notifySuccess('That session is signed out'),
  });
  const endOthers = useConfirmedAction(useEndOtherSessions(), {
    variables: (_everyone: 'others') => null,
    onDone: () => notifySuccess('Every other session is signed out'),
  });

  return (
    <section aria-labelledby="sessions-heading">
      <Title order={2} size="h3" mb={4} id="sessions-heading">
        Where you are signed in
      </Title>
      <Text c="dimmed" mb="md">
        A session ends when it has not been used for a while, and in any case some weeks after you signed in.
        Sign out any you do not recognise.
      </Text>
      {sessions.isPending ? (
        <PageLoader label="Loading sessions" />
      ) : sessions.error ? (
        <LoadError error={sessions.error} onRetry={() => sessions.refetch()} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="sm">
              <Table.Caption>Your sessions</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Signed in</Table.Th>
                  <Table.Th scope="col">Last used</Table.Th>
                  <Table.Th scope="col">Ends unless used by</Table.Th>
                  <Table.Th scope="col">Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sessions.data.map((session) => (
                  <Table.Tr key={session.id}>
                    <Table.Th scope="row" fw={500}>
                      <Group gap="xs">
                        {formatInstant(session.createdAt)}
                        {session.isCurrent ? <Badge variant="light">This browser</Badge> : null}
                      </Group>
                    </Table.Th>
                    <Table.Td>{formatInstant(session.lastSeenAt)}</Table.Td>
                    <Table.Td>{formatInstantDay(session.idleUntil)}</Table.Td>
                    <Table.Td>
                      {session.isCurrent ? null : (
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          aria-label={`Sign out the session signed in ${formatInstant(session.createdAt)}`}
                          onClick={() => end.ask(session)}
                        >
                          Sign out
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {sessions.data.some((session) => !session.isCurrent) ? (
            <Button mt="sm" variant="default" onClick={() => endOthers.ask('others')}>
              Sign out everywhere else
            </Button>
          ) : null}
        </>
      )}
      <ConfirmDialog {...end.dialog} title="Sign out that session?" confirmLabel="Sign out">
        Whoever holds it will have to sign in again.
      </ConfirmDialog>
      <ConfirmDialog
        {...endOthers.dialog}
        title="Sign out everywhere else?"
        confirmLabel="Sign out the others"
      >
        Every other browser and device signed in as you will have to sign in again. This one stays signed in.
      </ConfirmDialog>
    </section>
  );
}
