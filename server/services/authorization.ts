import type { Role } from '../../contract/common.js';
import { canManageOrganization, canWrite } from '../../core/organization/roles.js';
import { AppError, forbidden } from '../errors.js';
import type { Actor } from './accounts.js';

export type MemberActor = Actor & { organizationId: string; role: Role };

export function requireMember(actor: Actor | undefined): MemberActor {
  if (!actor)
    throw new AppError('unauthenticated', 'Sign in, or send an API token as Authorization: Bearer <token>');
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
