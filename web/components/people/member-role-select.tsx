import { Select } from '@mantine/core';
import type { Role } from '../../../contract/common.js';
import type { Person } from '../../../contract/people.js';
import { refuseRoleChange } from '../../../core/organization/roles.js';
import { useChangeRole } from '../../api/people.js';
import { notifyFailure, notifySuccess } from '../notify.js';
import { isRole, roleOptions, roleWithArticle } from '../roles.js';

/** A manager changes a member's role in place; roles they may not give are disabled. */
export function MemberRoleSelect({ person, actorRole }: { person: Person; actorRole: Role }) {
  const changeRole = useChangeRole();
  // Admins may not touch owners at all; the server refuses it too.
  const isLocked = refuseRoleChange(actorRole, person.role, person.role) !== null;
  return (
    <Select
      aria-label={`Role of ${person.name}`}
      data={roleOptions(actorRole, person.role)}
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
      disabled={isLocked || changeRole.isPending}
      w={140}
      size="sm"
    />
  );
}
