import type { Role } from '../../contract/common.js';

export type { Role };

/** Every role, the most powerful first. */
export const roles = ['owner', 'admin', 'member', 'viewer'] as const satisfies readonly Role[];

const rank: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

export function isAtLeast(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}

/** Viewers read; everyone else may write what the domain lets them. */
export function canWrite(role: Role): boolean {
  return isAtLeast(role, 'member');
}

/** Owners and admins manage members, invitations and teams. */
export function canManageOrganization(role: Role): boolean {
  return isAtLeast(role, 'admin');
}

export type RoleChangeRefusal = 'not-a-manager' | 'only-owners-grant-ownership' | 'only-owners-change-owners';

/**
 * Whether `actor` may move a member from `current` to `next` (or remove them when `next` is null).
 * Admins manage everyone below owner; only owners make or unmake owners.
 */
export function refuseRoleChange(actor: Role, current: Role, next: Role | null): RoleChangeRefusal | null {
  if (!canManageOrganization(actor)) return 'not-a-manager';
  if (actor !== 'owner' && next === 'owner') return 'only-owners-grant-ownership';
  if (actor !== 'owner' && current === 'owner') return 'only-owners-change-owners';
  return null;
}

/** Whether a change leaves the organization without an owner. */
export function leavesNoOwner(ownerCount: number, current: Role, next: Role | null): boolean {
  return current === 'owner' && next !== 'owner' && ownerCount <= 1;
}
