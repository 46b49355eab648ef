import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../api/client.js';
import { useConfirmSignUp } from '../api/me.js';
import { PublicLayout } from '../components/layout/public-layout.js';

/**
 * /sign-up/confirm/:token — where the emailed link of a sign-up leads. The account is made only when
 * the person presses the button: mail scanners follow links, and a GET must not create an account.
 */
export function ConfirmSignUpRoute() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const confirm = useConfirmSignUp();
  return (
    <PublicLayout
      title="Finish signing up"
      description="Create your account and your organization in Accord."
    >
      <Stack>
        {confirm.error && (
          <Alert color="red" role="alert">
            {errorMessage(confirm.error)}
          </Alert>
        )}
        <Button
          onClick={() => confirm.mutate(token, { onSuccess: () => navigate('/', { replace: true }) })}
          loading={confirm.isPending}
        >
          Create my account
        </Button>
        <Text size="sm">
          Already have an account?{' '}
          <Anchor component={Link} to="/sign-in">
            Sign in
          </Anchor>
        </Text>
      </Stack>
    </PublicLayout>
  );
}
