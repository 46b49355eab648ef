import type { DetailsOf } from '../../../contract/error-details.js';
import type { CycleRefusalCode } from '../../../core/planning/index.js';
import { ApiError } from '../../api/client.js';

/** The field of a cycle's form each of the server's refusals is shown next to. */
export const fieldOfRefusal: Partial<
  Record<CycleRefusalCode, 'parentId' | 'name' | 'startDate' | 'endDate'>
> = {
  'name-empty': 'name',
  'name-too-long': 'name',
  'name-taken': 'name',
  'end-before-start': 'endDate',
  'parent-horizon-not-longer': 'parentId',
  'starts-before-parent': 'startDate',
  'ends-after-parent': 'endDate',
};

/** The server's refusals of a cycle ({ code, message }), each to show next to its field. */
export function refusalsOf(error: unknown): DetailsOf<'cycle-refused'>['refusals'] {
  if (!(error instanceof ApiError) || error.details?.kind !== 'cycle-refused') return [];
  return error.details.refusals;
}

/** A refused cycle's messages: by field, and those no field holds (an overlap, a cycle within). */
export function splitRefusals(error: unknown) {
  const fieldErrors: Record<string, string> = {};
  const general: string[] = [];
  const refusals = refusalsOf(error);
  for (const refusal of refusals) {
    const field = fieldOfRefusal[refusal.code];
    if (field) fieldErrors[field] = refusal.message;
    else general.push(refusal.message);
  }
  return {
    isRefused: refusals.length > 0,
    fieldErrors,
    message: general.length > 0 ? general.join(' ') : null,
  };
}
