import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { AcceptInvitationBody } from '../../contract/invitations.js';
import { showRequestErrors } from '../api/form-errors.js';
import { useAcceptInvitation } from '../api/invitations.js';
import { contractValidator } from './forms/contract-validator.js';
import { NewPasswordInput } from './forms/new-password-input.js';
import { FormError } from './query-state.js';

/** A newcomer has no account yet, so the name and password the invitation may leave out are needed. */
const NewcomerBody = AcceptInvitationBody.pick({ name: true, password: true }).required();

/** A newcomer accepts an invitation by making their account: a name and a password. */
export function JoinAsNewcomerForm({
  token,
  organizationName,
  onJoined,
}: {
  token: string;
  organizationName: string;
  onJoined: () => void;
}) {
  const accept = useAcceptInvitation();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', password: '' },
    validate: contractValidator(NewcomerBody),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    accept.mutate(
      { token, ...values },
      {
        onSuccess: onJoined,
        onError: (failure) => setError(showRequestErrors(form, failure, ['name', 'password'])),
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Your name"
          autoComplete="name"
          required
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <NewPasswordInput key={form.key('password')} {...form.getInputProps('password')} />
        <FormError message={error} />
        <Button type="submit" loading={accept.isPending}>
          Join {organizationName}
        </Button>
      </Stack>
    </form>
  );
}
