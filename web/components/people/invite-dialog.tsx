import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { Role } from '../../../contract/common.js';
import { type CreatedInvitation, CreateInvitationBody } from '../../../contract/invitations.js';
import { showRequestErrors } from '../../api/form-errors.js';
import { useInvite } from '../../api/invitations.js';
import { CopyField } from '../copy-field.js';
import { formatInstantDay } from '../format.js';
import { contractValidator } from '../forms/contract-validator.js';
import { FormActions } from '../forms/form-actions.js';
import { isRole, roleDescriptions, roleOptions, roleWithArticle } from '../roles.js';

/**
 * Invites a person by email. Accord emails the link when this instance sends email; either way the
 * dialog ends by showing the link, for the inviter to pass on if the email does not arrive.
 */
export function InviteDialog({
  opened,
  onClose,
  roles,
}: {
  opened: boolean;
  onClose: () => void;
  /** The roles the signed-in person may invite with, as the server says. */
  roles: readonly Role[];
}) {
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const close = () => {
    onClose();
    setCreated(null);
  };
  return (
    <Modal opened={opened} onClose={close} title="Invite a person" size="lg">
      {created ? (
        <InvitationLink created={created} onDone={close} onAnother={() => setCreated(null)} />
      ) : (
        <InviteForm roles={roles} onCancel={close} onCreated={setCreated} />
      )}
    </Modal>
  );
}

function InviteForm({
  roles,
  onCancel,
  onCreated,
}: {
  /** The roles the signed-in person may invite with, as the server says. */
  roles: readonly Role[];
  onCancel: () => void;
  onCreated: (created: CreatedInvitation) => void;
}) {
  const invite = useInvite();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<{ email: string; role: Role }>({
    mode: 'uncontrolled',
    initialValues: { email: '', role: 'member' },
    validate: contractValidator(CreateInvitationBody),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    invite.mutate(values, {
      onSuccess: onCreated,
      onError: (failure) => setError(showRequestErrors(form, failure, ['email', 'role'])),
    });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Email"
          type="email"
          required
          data-autofocus
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <Select
          label="Role"
          data={roleOptions(roles, null)}
          allowDeselect={false}
          key={form.key('role')}
          {...form.getInputProps('role')}
          onChange={(value) => {
            if (isRole(value)) form.setFieldValue('role', value);
          }}
          renderOption={({ option }) => (
            <Stack gap={0}>
              <Text size="sm">{option.label}</Text>
              <Text size="xs" c="dimmed">
                {isRole(option.value) ? roleDescriptions[option.value] : ''}
              </Text>
            </Stack>
          )}
        />
        <FormActions
          error={error}
          submitLabel="Create invitation"
          isPending={invite.isPending}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}

function InvitationLink({
  created,
  onDone,
  onAnother,
}: {
  created: CreatedInvitation;
  onDone: () => void;
  onAnother: () => void;
}) {
  const { invitation, link, emailed } = created;
  const until = formatInstantDay(invitation.expiresAt);
  return (
    <Stack>
      <Text role="status">
        Invitation created for <strong>{invitation.email}</strong> as {roleWithArticle[invitation.role]}.
        {emailed
          ? ' Accord is emailing it to them now.'
          : ' Email is off on this instance: send them the link.'}
      </Text>
      <CopyField
        label="Invitation link"
        value={link}
        description={
          emailed
            ? `The same link as in the email, should it not arrive; it works once, until ${until}. It is shown only now.`
            : `Send this link to ${invitation.email}; it works once, until ${until}. It is shown only now.`
        }
        copyLabel="Copy link"
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onAnother}>
          Invite another person
        </Button>
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
