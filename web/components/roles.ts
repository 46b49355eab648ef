import type { Role } from '../../contract/common.js';
import { ROLES, refuseRoleChange } from '../../core/organization/roles.js';

export const roleLabels: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  member: 'Member',
  viewer: 'Viewer',
};

export const roleDescriptions: Record<Role, string> = {
  owner: 'Everything, including ownership',
  admin: 'Manages people, invitations and teams',
  member: 'Makes and keeps promises',
  viewer: 'Reads everything, changes nothing',
};

/** "an owner", "a viewer": for sentences such as "You are an owner of Acme". */
export const roleWithArticle: Record<Role, string> = {
  owner: 'an owner',
  admin: 'an admin',
  member: 'a member',
  viewer: 'a viewer',
};

/** Roles for a Select, with those the acting person may not give disabled. */
export function roleOptions(actor: Role, current: Role | null) {
  return ROLES.map((role) => ({
    value: role,
    label: roleLabels[role],
    disabled:
      current === null
        ? refuseRoleChange(actor, 'viewer', role) !== null
        : refuseRoleChange(actor, current, role) !== null,
  }));
}

export function isRole(value: string | null): value is Role {
  return ROLES.some((role) => role === value);
}
