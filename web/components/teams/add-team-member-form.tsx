import { Button, Checkbox, Group, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { PutTeamMemberBody, type Team, TeamMemberParams } from '../../../contract/teams.js';
import { errorMessage } from '../../api/client.js';
import { useSearchPeople } from '../../api/people.js';
import { usePutTeamMember } from '../../api/teams.js';
import { contractValidator } from '../forms/contract-validator.js';
import { notifySuccess } from '../notify.js';

/** The request adding a member makes: the person in the path, whether they lead in the body. */
const AddTeamMemberRequest = TeamMemberParams.pick({ personId: true }).extend(PutTeamMemberBody.shape);

/** No person chosen yet is left out, so the contract says one is required. */
const validateMember = contractValidator(
  AddTeamMemberRequest,
  (values: { personId: string | null; isLead: boolean }) => ({
    ...values,
    personId: values.personId ?? undefined,
  }),
);

/** Adds a member of the organization to the team, optionally as a lead. */
export function AddTeamMemberForm({ team }: { team: Team }) {
  const put = usePutTeamMember(team.id);
  const [personId, setPersonId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 200);
  // The first members matching what is typed, never the whole directory.
  const people = useSearchPeople(debouncedSearch);
  // The one chosen stays an option, with its name, whatever is typed next.
  const [chosen, setChosen] = useState<{ value: string; label: string; name: string } | null>(null);
  const [isLead, setIsLead] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const memberIds = new Set(team.members.map((member) => member.personId));
  const found = (people.data ?? [])
    .filter((person) => !memberIds.has(person.id))
    .map((person) => ({ value: person.id, label: `${person.name} (${person.email})`, name: person.name }));
  const candidates = [
    ...(chosen && personId === chosen.value && !found.some((p) => p.value === chosen.value) ? [chosen] : []),
    ...found,
  ];

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const problems = validateMember({ personId, isLead });
    setError(problems.personId ?? null);
    if (Object.keys(problems).length > 0) return;
    const member = AddTeamMemberRequest.parse({ personId, isLead });
    const name = candidates.find((person) => person.value === member.personId)?.name ?? 'They';
    put.mutate(member, {
      onSuccess: () => {
        setPersonId(null);
        setIsLead(false);
        notifySuccess(`${name} joined ${team.name}${isLead ? ' as a lead' : ''}`);
      },
      onError: (failure) => setError(errorMessage(failure)),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add a member">
      <Group align="flex-start" gap="sm">
        <Select
          label="Person"
          placeholder={people.isPending ? 'Loading people…' : 'Choose a member of the organization'}
          data={candidates.map(({ value, label }) => ({ value, label }))}
          value={personId}
          searchValue={search}
          onSearchChange={setSearch}
          onChange={(value) => {
            setPersonId(value);
            setChosen(candidates.find((person) => person.value === value) ?? null);
            setError(null);
          }}
          searchable
          nothingFoundMessage="Everyone is in this team already"
          error={error}
          w={340}
        />
        <Checkbox
          label="Team lead"
          checked={isLead}
          onChange={(event) => setIsLead(event.currentTarget.checked)}
          mt={34}
        />
        <Button
          type="submit"
          leftSection={<IconUserPlus size={18} aria-hidden="true" />}
          loading={put.isPending}
          mt={25}
        >
          Add member
        </Button>
      </Group>
    </form>
  );
}
