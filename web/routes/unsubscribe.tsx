import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { unsubscribe } from '../../contract/endpoints/email.js';
import { call, errorMessage } from '../api/client.js';
import { PublicLayout } from '../components/layout/public-layout.js';

/**
 * /unsubscribe/:token — where an email's "Stop these emails" leads. Nothing changes until the
 * person confirms: mail scanners follow links, and a GET must not unsubscribe anyone.
 */
export function UnsubscribeRoute() {
  const { token = '' } = useParams();
  const stop = useMutation({ mutationFn: () => call(unsubscribe, { params: { token } }) });
  return (
    <PublicLayout title="Stop these emails" description="Stop the kind of email this link came in.">
      {stop.data ? (
        <Stack>
          <Text role="status">
            Done: you get no more emails of this kind from {stop.data.organizationName}. You still see them in
            Accord, under the bell.
          </Text>
          <Text size="sm">
            Choose where every kind of notification goes on your{' '}
            <Anchor component={Link} to="/account">
              account page
            </Anchor>
            .
          </Text>
        </Stack>
      ) : (
        <Stack>
          {stop.error && (
            <Alert color="red" role="alert">
              {errorMessage(stop.error)}
            </Alert>
          )}
          <Button onClick={() => stop.mutate()} loading={stop.isPending}>
            Stop these emails
          </Button>
        </Stack>
      )}
    </PublicLayout>
  );
}
