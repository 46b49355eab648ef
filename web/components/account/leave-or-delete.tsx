import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Me, OrganizationSummary } from '../../../contract/auth.js';
import {
  type DeleteAccountBody,
  DeleteAccountBody as DeleteAccountSchema,
} from '../../../contract/my-account.js';
import { showRequestErrors } from '../../api/form-errors.js';
import { useDeleteMyAccount, useLeaveOrganization } from '../../api/my-account.js';
import { ConfirmDialog, useConfirmedAction } from '../confirm-dialog.js';
import { contractValidator } from '../forms/contract-validator.js';
import { CurrentPasswordInput } from '../forms/current-password-input.js';
import { notifySuccess } from '../notify.js';
import { FormError } from '../query-state.js';
import { roleLabels } from '../roles.js';

/** Leaving one's organizations, and deleting the account; what one made stays, under "Former member". */
export function LeaveOrDelete({ me }: { me: Me }) {
  const leave = useConfirmedAction(useLeaveOrganization(), {
    variables: (organization: OrganizationSummary) => organization.id,
    onDone: (organization) => notifySuccess(`You left ${organization.name}`),
  });
  return (
    <section aria-labelledby="leave-heading">
      <Title order={2} size="h3" mb={4} id="leave-heading">
        Leave or delete
      </Title>
      <Text c="dimmed" mb="md">
        The promises you made and the moves you took stay in each organization. An organization keeps at least
        one owner: make someone else an owner before you leave it.
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing="sm">
          <Table.Caption>Your organizations</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Organization</Table.Th>
              <Table.Th scope="col">Your role</Table.Th>
              <Table.Th scope="col">Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {me.organizations.map((organization) => (
              <Table.Tr key={organization.id}>
                <Table.Th scope="row" fw={500}>
                  {organization.name}
                </Table.Th>
                <Table.Td>{roleLabels[organization.role]}</Table.Td>
                <Table.Td>
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    aria-label={`Leave ${organization.name}`}
                    onClick={() => leave.ask(organization)}
                  >
                    Leave
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog {...leave.dialog} title={`Leave ${leave.item?.name ?? ''}?`} confirmLabel="Leave">
        You will no longer see it or act in it, and your API tokens there stop working. An owner or admin can
        invite you again.
      </ConfirmDialog>
      <DeleteAccountForm />
    </section>
  );
}

function DeleteAccountForm() {
  const remove = useDeleteMyAccount();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<DeleteAccountBody>({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '' },
    validate: contractValidator(DeleteAccountSchema),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    remove.mutate(values, {
      onSuccess: () => navigate('/sign-in', { replace: true }),
      onError: (failure) => setError(showRequestErrors(form, failure, ['currentPassword'])),
    });
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Delete your account">
      <Stack gap="sm" maw={480} mt="lg">
        <Title order={3} size="h4">
          Delete your account
        </Title>
        <Text size="sm">
          You leave every organization and are signed out everywhere. Your name and email are removed: what
          you made stays, shown as made by a former member. This cannot be undone.
        </Text>
        <CurrentPasswordInput key={form.key('currentPassword')} {...form.getInputProps('currentPassword')} />
        <FormError message={error} />
        <Group>
          <Button type="submit" color="red" loading={remove.isPending}>
            Delete my account
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
