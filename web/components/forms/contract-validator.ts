import type { z } from 'zod';
import { fieldMessage } from '../../../contract/common.js';

/** Where a form shows an issue: the field for the issue's path (`conditions.0.text`), or null for none. */
export type FieldOfPath = (path: string) => string | null;

/**
 * Validates a form with the contract's schema of the request it sends, so each rule and its message
 * are written once, in the contract. `toBody` turns the form's values into that request (text into
 * numbers, drafts into inputs, an empty choice into a missing field); `fieldOf` names the field an
 * issue shows under when the form's paths differ from the request's, or null to show it nowhere
 * (a rule another check reports better).
 *
 * @mantine/form's own `schemaResolver` takes a Standard Schema too, but only values shaped like the
 * request, and it shows the contract's messages as they are; these read after a field's name (the
 * API says "title cannot be empty"), so a form capitalizes them.
 */
export function contractValidator<Values>(
  schema: z.ZodType,
  toBody: (values: Values) => unknown = (values) => values,
  fieldOf: FieldOfPath = (path) => path,
): (values: Values) => Record<string, string> {
  return (values) => {
    const result = schema.safeParse(toBody(values));
    return result.success ? {} : fieldErrors(result.error.issues, fieldOf);
  };
}

/** The first message for each field, the way a form shows it. */
export function fieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  fieldOf: FieldOfPath = (path) => path,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path.map(String).join('.'));
    if (field !== null && !(field in errors)) errors[field] = fieldMessage(issue.message);
  }
  return errors;
}
