import type { ErrorCode } from '../contract/common.js';
import type { ErrorDetails } from '../contract/error-details.js';

const statusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  invalid_json: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  uri_too_long: 414,
  headers_too_large: 431,
  request_timeout: 408,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

/** The one error type of the server: services throw it, the HTTP layer maps its code to a status. */
export class AppError extends Error {
  readonly code: ErrorCode;
  /** Sent as `error.details`; typed by the contract, so clients can react without guessing. */
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return statusByCode[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found`);
export const forbidden = (message: string) => new AppError('forbidden', message);
export const conflict = (message: string, details?: ErrorDetails) =>
  new AppError('conflict', message, details);

export function statusOf(code: ErrorCode): number {
  return statusByCode[code];
}
