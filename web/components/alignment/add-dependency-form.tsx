import { Button, Group, Radio, Select, Stack, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { CreateDependencyBody, MAX_DEPENDENCY_NOTE_LENGTH } from '../../../contract/alignment.js';
import type { PromiseDetail } from '../../../contract/promises.js';
import { useCreateDependency } from '../../api/alignment.js';
import { errorMessage } from '../../api/client.js';
import { localToday } from '../local-days.js';
import { notifySuccess } from '../notify.js';
import { PromisePicker } from '../promises/promise-picker.js';
import { ReplyByField } from '../promises/reply-by-field.js';
import { useTeamOptions } from '../teams/use-team-options.js';
import { type DependencyValues, toDependencyBody, validateDependency } from './alignment-bodies.js';

/** Says this promise needs another promise, or a team that has not promised anything yet. */
export function AddDependencyForm({ promise }: { promise: PromiseDetail }) {
  const create = useCreateDependency();
  const [kind, setKind] = useState<DependencyValues['kind']>('promise');
  const [supplierId, setSupplierId] = useState<string | null>(null);
  const teams = useTeamOptions(kind === 'team' ? supplierId : null);
  const [note, setNote] = useState('');
  const [replyBy, setReplyBy] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const values = { kind, supplierId, note, replyBy };
    const problems = validateDependency(promise.id, values, localToday());
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    create.mutate(CreateDependencyBody.parse(toDependencyBody(promise.id, values)), {
      onSuccess: () => {
        setSupplierId(null);
        setNote('');
        setReplyBy('');
        notifySuccess('The dependency is added; the supplier is asked to acknowledge it');
      },
      onError: (failure) =>
        setErrors(
          /reply-by/i.test(errorMessage(failure))
            ? { replyBy: errorMessage(failure) }
            : { supplierId: errorMessage(failure) },
        ),
    });
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
            setErrors({});
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
              error={errors.supplierId}
            />
          ) : (
            <Select
              label="Supplier team"
              searchable
              data={teams.data}
              {...teams.search}
              value={supplierId}
              onChange={setSupplierId}
              error={errors.supplierId}
              miw={260}
            />
          )}
          <TextInput
            label="What for"
            placeholder="Invoices need a mail service"
            maxLength={MAX_DEPENDENCY_NOTE_LENGTH}
            value={note}
            error={errors.note}
            onChange={(event) => setNote(event.currentTarget.value)}
            style={{ flex: 1 }}
            miw={220}
          />
          <ReplyByField
            value={replyBy}
            onChange={setReplyBy}
            error={errors.replyBy}
            description="Optional: the day the supplier is asked to answer by"
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
