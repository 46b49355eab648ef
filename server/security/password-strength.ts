import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { isPasswordTheEmail } from '../../contract/common.js';
import { AppError } from '../errors.js';

/*
 * The password rules a person meets when choosing one (README, "Passwords"): the contract checks
 * the cheap ones wherever a form or a request is validated (at least 12 characters, not one
 * character repeated, not the email); this module adds, on the server only, the check against
 * common passwords and patterns, whose dictionary is too large for the web app to download.
 */

/** zxcvbn's score (0–4) a new password must reach: 3 is "safely unguessable", short of an offline attack. */
export const MIN_PASSWORD_SCORE = 3;

let zxcvbn: ZxcvbnFactory | undefined;

/** Why `password` may not be chosen by the owner of `email`, or null when it may. */
export function weakPasswordReason(password: string, email: string): string | null {
  if (isPasswordTheEmail(password, email)) return 'cannot be your email address';
  const address = email.trim().toLowerCase();
  zxcvbn ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  const { score } = zxcvbn.check(password, [address, address.split('@')[0] ?? '']);
  return score < MIN_PASSWORD_SCORE
    ? 'is too easy to guess: it is a common password, or close to one, or a simple pattern; add a few uncommon words'
    : null;
}

/** Refuses a new account's password the way a validation error would, under the password field. */
export function refuseWeakPassword(password: string, email: string): void {
  const reason = weakPasswordReason(password, email);
  if (reason === null) return;
  throw new AppError('validation_failed', `body: password ${reason}`, {
    kind: 'validation',
    issues: [{ path: 'password', message: reason }],
  });
}
