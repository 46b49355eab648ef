import { ErrorResponse } from '../../contract/common.js';

/** The error responses every authenticated route may give, for the OpenAPI document. */
export const errorResponses = {
  400: ErrorResponse.describe('The request is malformed or invalid'),
  401: ErrorResponse.describe('Not signed in, or the token is invalid'),
  403: ErrorResponse.describe('Signed in, but not allowed to do this'),
  404: ErrorResponse.describe('Not found in this organization'),
  409: ErrorResponse.describe('Conflicts with the current state'),
} as const;

export const publicSecurity: Array<Record<string, string[]>> = [];
