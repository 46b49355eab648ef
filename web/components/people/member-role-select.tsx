import { Select } from '@mantine/core';
import type { Person } from '../../../contract/people.js';
import { useChangeRole } from '../../api/people.js';
import { notifyFailure, notifySuccess } from '../notify.js';
import { isRole, roleOptions, roleWithArticle } from '../roles.js';

/** A manager changes a member's role in place; roles the server would not let them give are disabled. */
export function MemberRoleSelect({ person }: { person: Person }) {
  const changeRole = useChangeRole();
  return (
    <Select
      aria-label={`Role of ${person.name}`}
      data={roleOptions(person.can.changeRoleTo, person.role)}
      value={changeRole.isPending ? (changeRole.variables?.role ?? person.role) : person.role}
      onChange={(value) => {
        if (!isRole(value) || value === person.role) return;
        changeRole.mutate(
          { personId: person.id, role: value },
          {
            onSuccess: () => notifySuccess(`${person.name} is now ${roleWithArticle[value]}`),
            onError: (error) => notifyFailure(`Could not change the role of ${person.name}`, error),
          },
        );
      }}
      allowDeselect={false}
      disabled={changeRole.isPending}
      w={140}
      size="sm"
    />
  );
}
