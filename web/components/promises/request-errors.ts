import { fieldMessage } from '../../../contract/common.js';
import type { DetailsOf } from '../../../contract/error-details.js';
import { ApiError, errorMessage } from '../../api/client.js';

/**
 * A refused request, split for a form: validation problems next to the fields they concern (by the
 * path the server names, e.g. `conditions.0.text`, when it starts with one of `fields`), anything
 * else as one message for the whole form.
 */
export function splitRequestErrors(
  error: unknown,
  fields: readonly string[],
): { fieldErrors: Record<string, string>; message: string | null } {
  const fieldErrors: Record<string, string> = {};
  if (error instanceof ApiError && error.code === 'validation_failed') {
    for (const issue of error.issues) {
      const isField = fields.some((field) => issue.path === field || issue.path.startsWith(`${field}.`));
      if (isField) fieldErrors[issue.path] = fieldMessage(issue.message);
    }
  }
  return {
    fieldErrors,
    message: Object.keys(fieldErrors).length > 0 ? null : errorMessage(error),
  };
}

/** The code the promise protocol refused a move with (`reason-required`, `stale-version`, …), if any. */
export function refusalCode(error: unknown): DetailsOf<'move-refused'>['refusal'] | null {
  if (!(error instanceof ApiError)) return null;
  const { details } = error;
  return details?.kind === 'move-refused' || details?.kind === 'moved-meanwhile' ? details.refusal : null;
}
