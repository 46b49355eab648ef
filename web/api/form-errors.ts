import { fieldMessage } from '../../contract/common.js';
import { ApiError, errorMessage } from './client.js';

interface FormWithErrors {
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * Shows a refused request on the form: validation problems next to the fields they concern (the
 * server's messages are the one source of the rules), anything else as the returned message.
 */
export function showRequestErrors(
  form: FormWithErrors,
  error: unknown,
  fields: readonly string[],
): string | null {
  if (error instanceof ApiError && error.code === 'validation_failed') {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      if (fields.includes(issue.path)) fieldErrors[issue.path] = fieldMessage(issue.message);
    }
    if (Object.keys(fieldErrors).length > 0) {
      form.setErrors(fieldErrors);
      return null;
    }
  }
  return errorMessage(error);
}
