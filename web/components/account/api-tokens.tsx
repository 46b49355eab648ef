import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { type CreatedToken, CreateTokenBody } from '../../../contract/tokens.js';
import { showRequestErrors } from '../../api/form-errors.js';
import { useCreateToken } from '../../api/tokens.js';
import { CopyField } from '../copy-field.js';
import { contractValidator } from '../forms/contract-validator.js';
import { FormError } from '../query-state.js';
import { TokenTable } from './token-table.js';

/** Personal API tokens: made here, their secret shown once, listed and revoked. */
export function ApiTokens({ organizationName }: { organizationName: string }) {
  const [created, setCreated] = useState<CreatedToken | null>(null);
  return (
    <section aria-labelledby="tokens-heading">
      <Title order={2} size="h3" mb={4} id="tokens-heading">
        API tokens
      </Title>
      <Text c="dimmed" mb="md">
        Scripts and the <code>accord</code> command line use a token to act as you in {organizationName}.
        Revoke a token you no longer use.
      </Text>
      <Stack gap="lg">
        {created ? (
          <NewTokenSecret created={created} onDismiss={() => setCreated(null)} />
        ) : (
          <CreateTokenForm onCreated={setCreated} />
        )}
        <TokenTable />
      </Stack>
    </section>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (created: CreatedToken) => void }) {
  const create = useCreateToken();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '' },
    validate: contractValidator(CreateTokenBody),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    create.mutate(values.name, {
      onSuccess: (result) => {
        form.reset();
        onCreated(result);
      },
      onError: (failure) => setError(showRequestErrors(form, failure, ['name'])),
    });
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Create an API token">
      <Stack gap="sm" maw={560}>
        <Group align="flex-start" gap="sm">
          <TextInput
            label="Token name"
            placeholder="CI pipeline"
            required
            flex={1}
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <Button
            type="submit"
            mt={25}
            leftSection={<IconKey size={18} aria-hidden="true" />}
            loading={create.isPending}
          >
            Create token
          </Button>
        </Group>
        <FormError message={error} />
      </Stack>
    </form>
  );
}

function NewTokenSecret({ created, onDismiss }: { created: CreatedToken; onDismiss: () => void }) {
  return (
    <Alert color="teal" variant="light" title={`Token “${created.token.name}” created`}>
      <Stack gap="sm">
        <Text size="sm">Copy the secret now. It is shown only once; Accord keeps only a hash of it.</Text>
        <CopyField label="Token secret" value={created.secret} copyLabel="Copy secret" />
        <Group>
          <Button variant="default" onClick={onDismiss}>
            I have copied the secret
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
