import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { Me } from '../../../contract/auth.js';
import {
  type ChangeEmailBody,
  ChangeEmailBody as ChangeEmailSchema,
  ChangeNameBody,
  type ChangePasswordBody,
  ChangePasswordBody as ChangePasswordSchema,
} from '../../../contract/my-account.js';
import { showRequestErrors } from '../../api/form-errors.js';
import { useChangeMyEmail, useChangeMyName, useChangeMyPassword } from '../../api/my-account.js';
import { useNotificationPreferences } from '../../api/notification-preferences.js';
import { formatInstant } from '../format.js';
import { contractValidator } from '../forms/contract-validator.js';
import { CurrentPasswordInput } from '../forms/current-password-input.js';
import { NewPasswordInput } from '../forms/new-password-input.js';
import { notifySuccess } from '../notify.js';
import { FormError } from '../query-state.js';

/** The name one is shown under everywhere in Accord. */
export function NameForm({ me }: { me: Me }) {
  const change = useChangeMyName();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<ChangeNameBody>({
    mode: 'uncontrolled',
    initialValues: { name: me.person.name },
    validate: contractValidator(ChangeNameBody),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    change.mutate(values, {
      onSuccess: () => notifySuccess('Your name is changed'),
      onError: (failure) => setError(showRequestErrors(form, failure, ['name'])),
    });
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Change your name">
      <Stack gap="sm" maw={480}>
        <TextInput
          label="Name"
          autoComplete="name"
          required
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <FormError message={error} />
        <Button type="submit" loading={change.isPending} w="fit-content">
          Save name
        </Button>
      </Stack>
    </form>
  );
}

/** A new address, confirmed by a link emailed to it; without email the address cannot change. */
export function EmailForm({ me }: { me: Me }) {
  const change = useChangeMyEmail();
  const preferences = useNotificationPreferences();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<ChangeEmailBody>({
    mode: 'uncontrolled',
    initialValues: { email: '', currentPassword: '' },
    validate: contractValidator(ChangeEmailSchema),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    change.mutate(values, {
      onSuccess: () => form.reset(),
      onError: (failure) => setError(showRequestErrors(form, failure, ['email', 'currentPassword'])),
    });
  });
  const emailOff = preferences.data?.emailEnabled === false;
  return (
    <Stack gap="sm" maw={480}>
      <Title order={3} size="h4">
        Email
      </Title>
      <Text size="sm">
        You sign in with <strong>{me.person.email}</strong>.
      </Text>
      {emailOff ? (
        <Text size="sm" c="dimmed">
          This instance sends no email, so a new address cannot be confirmed and your email cannot be changed
          here. Ask whoever runs Accord.
        </Text>
      ) : (
        <form onSubmit={submit} noValidate aria-label="Change your email">
          <Stack gap="sm">
            {change.data && (
              <Alert color="blue" role="status">
                We sent a link to {change.data.email}. Follow it by {formatInstant(change.data.expiresAt)} to
                sign in with that address; until then your email stays {me.person.email}.
              </Alert>
            )}
            <TextInput
              label="New email"
              type="email"
              autoComplete="email"
              required
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <CurrentPasswordInput
              key={form.key('currentPassword')}
              {...form.getInputProps('currentPassword')}
            />
            <FormError message={error} />
            <Button type="submit" loading={change.isPending} w="fit-content">
              Send a confirmation link
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/** A new password, the current one given; every other session is signed out. */
export function PasswordForm() {
  const change = useChangeMyPassword();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<ChangePasswordBody>({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', password: '' },
    validate: contractValidator(ChangePasswordSchema),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    change.mutate(values, {
      onSuccess: () => {
        form.reset();
        notifySuccess('Your password is changed; every other session is signed out');
      },
      onError: (failure) => setError(showRequestErrors(form, failure, ['currentPassword', 'password'])),
    });
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Change your password">
      <Stack gap="sm" maw={480}>
        <Title order={3} size="h4">
          Password
        </Title>
        <CurrentPasswordInput key={form.key('currentPassword')} {...form.getInputProps('currentPassword')} />
        <NewPasswordInput
          label="New password"
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <FormError message={error} />
        <Button type="submit" loading={change.isPending} w="fit-content">
          Change password
        </Button>
      </Stack>
    </form>
  );
}
