import { Alert, Anchor, Text } from '@mantine/core';
import { Link, Navigate, useNavigate } from 'react-router';
import { useMe } from '../api/me.js';
import { useSetupStatus } from '../api/setup.js';
import { CreateAccountForm } from '../components/create-account-form.js';
import { PublicLayout } from '../components/layout/public-layout.js';
import { LoadError, PageLoader } from '../components/query-state.js';

/** A newcomer creates their own organization, when this instance lets anyone sign up. */
export function SignUpRoute() {
  const me = useMe();
  const status = useSetupStatus();
  const navigate = useNavigate();

  if (me.isPending || status.isPending) return <PageLoader />;
  if (status.error) return <LoadError error={status.error} onRetry={() => status.refetch()} />;
  if (me.data) return <Navigate to="/" replace />;
  if (status.data.needsSetup) return <Navigate to="/setup" replace />;

  return (
    <PublicLayout
      title="Create an organization"
      description="You will be its owner, and can invite your colleagues next."
    >
      {status.data.signup === 'open' ? (
        <CreateAccountForm onCreated={() => navigate('/', { replace: true })} />
      ) : (
        <Alert color="gray" title="Sign-up is closed">
          This Accord does not take new organizations. Ask an administrator of yours for an invitation.
        </Alert>
      )}
      <Text size="sm" ta="center">
        Already have an account?{' '}
        <Anchor component={Link} to="/sign-in">
          Sign in
        </Anchor>
      </Text>
    </PublicLayout>
  );
}
