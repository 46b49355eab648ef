import type { Role } from '../../contract/common.js';
import { mayManage, mayWrite } from '../../core/policies/index.js';
import { AppError } from '../errors.js';
import type { Actor } from './actor.js';
import { refuse } from './policies.js';

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

/** Viewers read; everyone else may write what the domain lets them (the policy's first condition). */
export function requireWriter(actor: MemberActor): void {
  const refusal = mayWrite(actor);
  if (refusal) refuse(refusal);
}

/** Owners and admins manage the organization (the policy's first condition). */
export function requireManager(actor: MemberActor): void {
  const refusal = mayManage(actor);
  if (refusal) refuse(refusal);
}
