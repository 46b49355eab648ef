import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  type ForgotPasswordBody,
  ForgotPasswordBody as ForgotPasswordSchema,
} from '../../contract/my-account.js';
import { showRequestErrors } from '../api/form-errors.js';
import { useForgotPassword } from '../api/my-account.js';
import { contractValidator } from '../components/forms/contract-validator.js';
import { PublicLayout } from '../components/layout/public-layout.js';
import { FormError } from '../components/query-state.js';

/**
 * /forgot-password — asks for a link to choose a new password. The answer is the same whether or not
 * an account has the email, so the page never says which.
 */
export function ForgotPasswordRoute() {
  const ask = useForgotPassword();
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<ForgotPasswordBody>({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: contractValidator(ForgotPasswordSchema),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    ask.mutate(values, {
      onSuccess: () => setSentTo(values.email),
      onError: (failure) => setError(showRequestErrors(form, failure, ['email'])),
    });
  });
  return (
    <PublicLayout
      title="Reset your password"
      description="We email you a link to choose a new password. It works once, within an hour."
    >
      {sentTo ? (
        <Text role="status">
          If an account has {sentTo}, a link to choose a new password is on its way there. Check your inbox.
        </Text>
      ) : (
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
            <FormError message={error} />
            <Button type="submit" loading={ask.isPending}>
              Email me a link
            </Button>
          </Stack>
        </form>
      )}
      <Text size="sm" ta="center">
        <Anchor component={Link} to="/sign-in">
          Back to sign in
        </Anchor>
      </Text>
    </PublicLayout>
  );
}
