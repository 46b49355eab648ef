import { Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { CreateTeamBody } from '../../../contract/teams.js';
import { showRequestErrors } from '../../api/form-errors.js';
import { useCreateTeam } from '../../api/teams.js';
import { contractValidator } from '../forms/contract-validator.js';
import { FormActions } from '../forms/form-actions.js';
import { notifySuccess } from '../notify.js';

/** Creates a team and opens its page, where members are added. */
export function CreateTeamDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreateTeam();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', description: '' },
    validate: contractValidator(CreateTeamBody),
  });
  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };
  const submit = form.onSubmit((values) => {
    setError(null);
    create.mutate(values, {
      onSuccess: (team) => {
        close();
        notifySuccess(`Created ${team.name}`);
        navigate(`/teams/${team.id}`);
      },
      onError: (failure) => setError(showRequestErrors(form, failure, ['name', 'description'])),
    });
  });
  return (
    <Modal opened={opened} onClose={close} title="Create a team">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Team name"
            required
            data-autofocus
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <Textarea
            label="Description"
            description="What the team is for, in a sentence or two"
            autosize
            minRows={2}
            key={form.key('description')}
            {...form.getInputProps('description')}
          />
          <FormActions
            error={error}
            submitLabel="Create team"
            isPending={create.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}
