import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { Password } from '../../contract/common.js';
import { showRequestErrors } from '../api/form-errors.js';
import { useResetPassword } from '../api/my-account.js';
import { contractValidator } from '../components/forms/contract-validator.js';
import { NewPasswordInput } from '../components/forms/new-password-input.js';
import { PublicLayout } from '../components/layout/public-layout.js';
import { FormError } from '../components/query-state.js';

const NewPasswordForm = z.object({ password: Password });

/** /reset-password/:token — where a reset email leads: choose a new password, then sign in with it. */
export function ResetPasswordRoute() {
  const { token = '' } = useParams();
  const reset = useResetPassword();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<{ password: string }>({
    mode: 'uncontrolled',
    initialValues: { password: '' },
    validate: contractValidator(NewPasswordForm),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    reset.mutate(
      { token, password: values.password },
      { onError: (failure) => setError(showRequestErrors(form, failure, ['password'])) },
    );
  });
  return (
    <PublicLayout title="Choose a new password" description="Every session of your account is signed out.">
      {reset.isSuccess ? (
        <Stack>
          <Text role="status">Your password is changed.</Text>
          <Button component={Link} to="/sign-in">
            Sign in
          </Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <NewPasswordInput
              label="New password"
              key={form.key('password')}
              {...form.getInputProps('password')}
            />
            <FormError message={error} />
            <Button type="submit" loading={reset.isPending}>
              Set the new password
            </Button>
            <Text size="sm" ta="center">
              Link used or expired?{' '}
              <Anchor component={Link} to="/forgot-password">
                Ask for a new one
              </Anchor>
            </Text>
          </Stack>
        </form>
      )}
    </PublicLayout>
  );
}
