import { Alert, Button, Code, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { pageCount } from '../../../contract/pages.js';
import { type CreatedScimToken, CreateScimTokenBody, type ScimToken } from '../../../contract/scim.js';
import { showRequestErrors } from '../../api/form-errors.js';
import { useCreateScimToken, useRevokeScimToken, useScimTokens } from '../../api/scim.js';
import { ConfirmDialog, useConfirmedAction } from '../confirm-dialog.js';
import { CopyField } from '../copy-field.js';
import { formatInstant, formatInstantDay } from '../format.js';
import { contractValidator } from '../forms/contract-validator.js';
import { notifySuccess } from '../notify.js';
import { PagePicker } from '../page-picker.js';
import { FormError, LoadError, PageLoader } from '../query-state.js';

const PAGE_SIZE = 10;

/**
 * SCIM provisioning, for owners and admins: the base URL and a token to give the identity provider
 * (Entra ID, Okta), which then creates, updates and removes the organization's people and teams.
 */
export function ScimProvisioning({ organizationName }: { organizationName: string }) {
  const [created, setCreated] = useState<CreatedScimToken | null>(null);
  const [page, setPage] = useState(1);
  const tokens = useScimTokens({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return (
    <section aria-labelledby="scim-heading">
      <Title order={2} size="h3" mb={4} id="scim-heading">
        Provisioning (SCIM)
      </Title>
      <Text c="dimmed" mb="md">
        Your identity provider (Microsoft Entra ID, Okta) can add people to {organizationName}, keep teams in
        step with its groups, and remove people when they leave. Give it the base URL and a token. Promises
        and moves of people it removes stay under their name.
      </Text>
      <Stack gap="lg">
        {tokens.data && (
          <CopyField label="SCIM base URL" value={tokens.data.baseUrl} copyLabel="Copy base URL" />
        )}
        {created ? (
          <NewScimToken created={created} onDismiss={() => setCreated(null)} />
        ) : (
          <CreateScimTokenForm onCreated={setCreated} />
        )}
        {tokens.isPending ? (
          <PageLoader label="Loading SCIM tokens" />
        ) : tokens.error ? (
          <LoadError error={tokens.error} onRetry={() => tokens.refetch()} />
        ) : tokens.data.tokens.length === 0 && page === 1 ? (
          <Text c="dimmed">No identity provider has a SCIM token for this organization.</Text>
        ) : (
          <>
            <ScimTokenTable tokens={tokens.data.tokens} />
            <PagePicker pages={pageCount(tokens.data)} page={page} onChange={setPage} />
          </>
        )}
      </Stack>
    </section>
  );
}

function CreateScimTokenForm({ onCreated }: { onCreated: (created: CreatedScimToken) => void }) {
  const create = useCreateScimToken();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '' },
    validate: contractValidator(CreateScimTokenBody),
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
    <form onSubmit={submit} noValidate aria-label="Create a SCIM token">
      <Stack gap="sm" maw={560}>
        <Group align="flex-start" gap="sm">
          <TextInput
            label="Identity provider"
            placeholder="Microsoft Entra ID"
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
            Create SCIM token
          </Button>
        </Group>
        <FormError message={error} />
      </Stack>
    </form>
  );
}

function NewScimToken({ created, onDismiss }: { created: CreatedScimToken; onDismiss: () => void }) {
  return (
    <Alert color="teal" variant="light" title={`SCIM token “${created.token.name}” created`}>
      <Stack gap="sm">
        <Text size="sm">
          Copy the token now into your identity provider (its “secret token”). It is shown only once; Accord
          keeps only a hash of it.
        </Text>
        <CopyField label="SCIM token" value={created.secret} copyLabel="Copy SCIM token" />
        <Group>
          <Button variant="default" onClick={onDismiss}>
            I have copied the token
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function ScimTokenTable({ tokens }: { tokens: ScimToken[] }) {
  const revoke = useConfirmedAction(useRevokeScimToken(), {
    variables: (token: ScimToken) => token.id,
    onDone: (token) => notifySuccess(`The SCIM token “${token.name}” is revoked`),
  });
  return (
    <>
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing="sm">
          <Table.Caption>SCIM tokens</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Identity provider</Table.Th>
              <Table.Th scope="col">Starts with</Table.Th>
              <Table.Th scope="col">Created</Table.Th>
              <Table.Th scope="col">Last used</Table.Th>
              <Table.Th scope="col">Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Th scope="row" fw={500}>
                  {token.name}
                </Table.Th>
                <Table.Td>
                  <Code>{token.prefix}…</Code>
                </Table.Td>
                <Table.Td>{formatInstantDay(token.createdAt)}</Table.Td>
                <Table.Td>{token.lastUsedAt ? formatInstant(token.lastUsedAt) : 'Never'}</Table.Td>
                <Table.Td>
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    aria-label={`Revoke SCIM token ${token.name}`}
                    onClick={() => revoke.ask(token)}
                  >
                    Revoke
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        {...revoke.dialog}
        title={`Revoke “${revoke.item?.name ?? 'SCIM token'}”?`}
        confirmLabel="Revoke SCIM token"
      >
        The identity provider will be refused from now on, and will stop provisioning people. This cannot be
        undone.
      </ConfirmDialog>
    </>
  );
}
