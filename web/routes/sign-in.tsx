import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { LoginBody } from '../../contract/auth.js';
import { showRequestErrors } from '../api/form-errors.js';
import { useMe, useSignIn } from '../api/me.js';
import { useSetupStatus } from '../api/setup.js';
import { contractValidator } from '../components/forms/contract-validator.js';
import { PublicLayout } from '../components/layout/public-layout.js';
import { FormError, PageLoader } from '../components/query-state.js';
import { returnPath } from '../components/return-path.js';
import { SsoSignIn } from '../components/sso/sso-sign-in.js';

export function SignInRoute() {
  const me = useMe();
  const status = useSetupStatus();
  const location = useLocation();

  if (me.isPending || status.isPending) return <PageLoader />;
  if (me.data) return <Navigate to={returnPath(location.state)} replace />;
  if (status.data?.needsSetup) return <Navigate to="/setup" replace />;

  return (
    <PublicLayout title="Sign in to Accord">
      <SignInForm />
      <SsoSignIn />
      {status.data?.signup === 'open' && (
        <Text size="sm" ta="center">
          New to Accord?{' '}
          <Anchor component={Link} to="/sign-up">
            Create an organization
          </Anchor>
        </Text>
      )}
    </PublicLayout>
  );
}

function SignInForm() {
  const signIn = useSignIn();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<LoginBody>({
    mode: 'uncontrolled',
    initialValues: { email: searchParams.get('email') ?? '', password: '' },
    validate: contractValidator(LoginBody),
  });

  const submit = form.onSubmit((values) => {
    setError(null);
    signIn.mutate(values, {
      onSuccess: () => navigate(returnPath(location.state), { replace: true }),
      onError: (failure) => setError(showRequestErrors(form, failure, ['email', 'password'])),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <FormError message={error} />
        <Button type="submit" loading={signIn.isPending}>
          Sign in
        </Button>
        <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
          Forgot password?
        </Anchor>
      </Stack>
    </form>
  );
}
