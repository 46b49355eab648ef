import type { Role } from '../../contract/common.js';
import { canManageOrganization, canWrite } from '../../core/organization/roles.js';
import { AppError, forbidden } from '../errors.js';
import type { Actor } from './actor.js';

export type MemberActor = Actor & { organizationId: string; role: Role };

export function requirePerson(actor: Actor | undefined): Actor {
  if (!actor)
    throw new AppError('unauthenticated', 'Sign in, or send an API token as Authorization: Bearer <token>');
  return actor;
}

export function requireMember(someone: Actor | undefined): MemberActor {
  const actor = requirePerson(someone);
  if (actor.organizationId === null || actor.role === null) {
    throw new AppError(
      'forbidden',
      'You are not a member of an organization; create one or accept an invitation',
    );
  }
  return actor as MemberActor;
}

export function requireWriter(actor: MemberActor): void {
  if (!canWrite(actor.role)) throw forbidden('Viewers can read but not change anything');
}

export function requireManager(actor: MemberActor): void {
  if (!canManageOrganization(actor.role)) throw forbidden('Only owners and admins can do this');
}
