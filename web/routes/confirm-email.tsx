import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../api/client.js';
import { useConfirmEmail } from '../api/my-account.js';
import { PublicLayout } from '../components/layout/public-layout.js';

/**
 * /confirm-email/:token — where the confirmation of a new address leads. Nothing changes until the
 * person confirms: mail scanners follow links, and a GET must not change anyone's email.
 */
export function ConfirmEmailRoute() {
  const { token = '' } = useParams();
  const confirm = useConfirmEmail();
  return (
    <PublicLayout
      title="Confirm your new email"
      description="Sign in to Accord with this address from now on."
    >
      {confirm.data ? (
        <Stack>
          <Text role="status">Done: you now sign in with {confirm.data.email}.</Text>
          <Anchor component={Link} to="/account">
            Back to your account
          </Anchor>
        </Stack>
      ) : (
        <Stack>
          {confirm.error && (
            <Alert color="red" role="alert">
              {errorMessage(confirm.error)}
            </Alert>
          )}
          <Button onClick={() => confirm.mutate(token)} loading={confirm.isPending}>
            Confirm this address
          </Button>
        </Stack>
      )}
    </PublicLayout>
  );
}
