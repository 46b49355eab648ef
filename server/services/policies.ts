import type { ErrorCode } from '../../contract/common.js';
import {
  type ActionOf,
  decide,
  type Facts,
  type PolicyRefusal,
  type PolicyRefusalCode,
  type Resource,
} from '../../core/policies/index.js';
import { AppError } from '../errors.js';

/** How each kind of refusal reaches a client: who may do it is a 403, when it can be done a 409. */
const errorCodeOf: Record<PolicyRefusalCode, ErrorCode> = {
  'read-only': 'forbidden',
  'not-permitted': 'forbidden',
  'not-now': 'conflict',
  incomplete: 'validation_failed',
};

/**
 * Refuses what the policy refuses, with its reason; lets everything else through. Services call it
 * where they once checked roles and sides inline, so the server accepts exactly what `can` offers.
 */
export function enforce<R extends Resource>(resource: R, action: ActionOf<R>, facts: Facts[R]): void {
  const decision = decide(resource, action, facts);
  if (!decision.ok) refuse(decision.refusal);
}

/** Throws the refusal as the server's one error type, with the status its kind calls for. */
export function refuse(refusal: PolicyRefusal): never {
  throw new AppError(errorCodeOf[refusal.code], refusal.message);
}
