/** The scimType values of RFC 7644 §3.12 that Accord answers with. */
export type ScimType =
  | 'invalidFilter'
  | 'tooMany'
  | 'uniqueness'
  | 'mutability'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'noTarget'
  | 'invalidValue';

/** A refusal in SCIM's own terms: server/routes/scim.ts sends it in the SCIM error shape. */
export class ScimError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415,
    message: string,
    readonly scimType?: ScimType,
  ) {
    super(message);
  }
}

export const scimNotFound = (what: 'User' | 'Group' | 'Resource', id: string) =>
  new ScimError(404, `${what} ${id} was not found`);
export const invalidValue = (message: string) => new ScimError(400, message, 'invalidValue');
export const invalidPath = (message: string) => new ScimError(400, message, 'invalidPath');

/** Two provider requests creating the same person or group at once: the second is told it exists. */
export { isUniqueViolation } from '../../store/constraints.js';
