import { Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { CreateOrganizationBody } from '../../contract/auth.js';
import { showRequestErrors } from '../api/form-errors.js';
import { useCreateOrganization } from '../api/me.js';
import { contractValidator } from './forms/contract-validator.js';
import { FormActions } from './forms/form-actions.js';
import { notifySuccess } from './notify.js';

/** Another organization, owned by the signed-in person, who then acts in it. */
export function CreateOrganizationForm({
  onCreated,
  onCancel,
}: {
  onCreated: () => void;
  onCancel?: () => void;
}) {
  const create = useCreateOrganization();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '' },
    validate: contractValidator(CreateOrganizationBody),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    create.mutate(values, {
      onSuccess: (organization) => {
        notifySuccess(`Created ${organization.name}; you are its owner`);
        onCreated();
      },
      onError: (failure) => setError(showRequestErrors(form, failure, ['name'])),
    });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Organization name"
          required
          data-autofocus
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <FormActions
          error={error}
          submitLabel="Create organization"
          isPending={create.isPending}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
