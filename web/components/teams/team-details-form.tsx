import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type Team, UpdateTeamBody } from '../../../contract/teams.js';
import { showRequestErrors } from '../../api/form-errors.js';
import { useUpdateTeam } from '../../api/teams.js';
import { contractValidator } from '../forms/contract-validator.js';
import { notifySuccess } from '../notify.js';
import { FormError } from '../query-state.js';

/** Renames a team or rewrites its description. */
export function TeamDetailsForm({ team }: { team: Team }) {
  const update = useUpdateTeam(team.id);
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: team.name, description: team.description },
    validate: contractValidator(UpdateTeamBody),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    update.mutate(values, {
      onSuccess: (saved) => {
        form.setInitialValues({ name: saved.name, description: saved.description });
        form.reset();
        notifySuccess('Team details saved');
      },
      onError: (failure) => setError(showRequestErrors(form, failure, ['name', 'description'])),
    });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={560}>
        <TextInput label="Team name" required {...form.getInputProps('name')} />
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        <FormError message={error} />
        <Group>
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            Save changes
          </Button>
          {form.isDirty() && (
            <Button variant="default" onClick={form.reset}>
              Discard changes
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
