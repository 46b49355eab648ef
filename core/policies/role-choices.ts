import { ROLES, type Role } from '../organization/roles.js';
import { decide } from './decide.js';
import type { MemberFacts } from './facts.js';

/** The roles the viewer may give a member now, besides the one they have: the choices to offer. */
export function rolesToGive(facts: MemberFacts): Role[] {
  return ROLES.filter((to) => to !== facts.memberRole && decide('roleChange', 'change', { ...facts, to }).ok);
}

/** The roles the viewer may invite someone with. */
export function rolesToInvite(role: Role): Role[] {
  return ROLES.filter((invitedAs) => decide('newInvitation', 'create', { role, invitedAs }).ok);
}
