import { Button, Group, Radio, Select, Stack, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { PromiseDetail } from '../../../contract/promises.js';
import { useCreateDependency } from '../../api/alignment.js';
import { errorMessage } from '../../api/client.js';
import { useTeams } from '../../api/teams.js';
import { notifySuccess } from '../notify.js';
import { PromisePicker } from '../promises/promise-picker.js';

type SupplierKind = 'promise' | 'team';

/** Says this promise needs another promise, or a team that has not promised anything yet. */
export function AddDependencyForm({ promise }: { promise: PromiseDetail }) {
  const create = useCreateDependency();
  const teams = useTeams();
  const [kind, setKind] = useState<SupplierKind>('promise');
  const [supplierId, setSupplierId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!supplierId) return setError(kind === 'promise' ? 'Choose a promise' : 'Choose a team');
    setError(null);
    create.mutate(
      {
        promiseId: promise.id,
        ...(kind === 'promise' ? { supplierPromiseId: supplierId } : { supplierTeamId: supplierId }),
        note: note.trim(),
      },
      {
        onSuccess: () => {
          setSupplierId(null);
          setNote('');
          notifySuccess('The dependency is added; the supplier is asked to acknowledge it');
        },
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add a dependency">
      <Stack gap="xs">
        <Radio.Group
          label="This promise depends on"
          value={kind}
          onChange={(value) => {
            setKind(value === 'team' ? 'team' : 'promise');
            setSupplierId(null);
            setError(null);
          }}
        >
          <Group gap="lg" mt={4}>
            <Radio value="promise" label="A promise" />
            <Radio value="team" label="A team that has not promised yet" />
          </Group>
        </Radio.Group>
        <Group align="flex-start" gap="sm">
          {kind === 'promise' ? (
            <PromisePicker
              label="Supplier promise"
              value={supplierId}
              onChange={setSupplierId}
              excludeId={promise.id}
              error={error}
            />
          ) : (
            <Select
              label="Supplier team"
              searchable
              data={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
              value={supplierId}
              onChange={setSupplierId}
              error={error}
              miw={260}
            />
          )}
          <TextInput
            label="What for"
            placeholder="Invoices need a mail service"
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            style={{ flex: 1 }}
            miw={220}
          />
          <Button
            type="submit"
            mt={25}
            loading={create.isPending}
            leftSection={<IconPlus size={16} aria-hidden="true" />}
          >
            Add dependency
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
