import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { SignupBody } from '../../contract/auth.js';
import { showRequestErrors } from '../api/form-errors.js';
import { useSignUp } from '../api/me.js';
import { contractValidator } from './forms/contract-validator.js';
import { NewPasswordInput } from './forms/new-password-input.js';
import { FormError } from './query-state.js';

const fields = ['organizationName', 'name', 'email', 'password'] as const;

/** Creates an organization and its owner's account, and signs the owner in. */
export function CreateAccountForm({
  onCreated,
  disabled = false,
}: {
  onCreated: () => void;
  disabled?: boolean;
}) {
  const signUp = useSignUp();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const form = useForm<SignupBody>({
    mode: 'uncontrolled',
    initialValues: { organizationName: '', name: '', email: '', password: '' },
    validate: contractValidator(SignupBody),
  });

  const submit = form.onSubmit((values) => {
    setError(null);
    signUp.mutate(values, {
      onSuccess: (answer) => ('pending' in answer ? setPending(answer.message) : onCreated()),
      onError: (failure) => setError(showRequestErrors(form, failure, fields)),
    });
  });

  if (pending) {
    return (
      <Alert role="status" title="Check your email">
        {pending}
      </Alert>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Organization name"
          placeholder="Awesome Company"
          autoComplete="organization"
          required
          disabled={disabled}
          key={form.key('organizationName')}
          {...form.getInputProps('organizationName')}
        />
        <TextInput
          label="Your name"
          autoComplete="name"
          required
          disabled={disabled}
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          required
          disabled={disabled}
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <NewPasswordInput
          disabled={disabled}
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <FormError message={error} />
        <Button type="submit" loading={signUp.isPending} disabled={disabled}>
          Create organization
        </Button>
      </Stack>
    </form>
  );
}
