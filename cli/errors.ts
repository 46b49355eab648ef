import type { z } from 'zod';
import type { ReceivedError } from '../contract/common.js';

/**
 * What went wrong, told to the person at the terminal. The code decides the exit status in one
 * place: a wrong command line exits 2 (so scripts can tell it from a failure), anything else 1.
 */
export type CliErrorCode =
  | 'usage'
  | 'not_logged_in'
  | 'config'
  | 'unreachable'
  | 'unauthenticated'
  | 'api'
  /** A name on the command line matches nothing, or more than one thing. */
  | 'unresolved';

/**
 * An API error body's `error`: `code` is one of the contract's ErrorCode values, or a newer one;
 * `details` are typed by the contract, and left out when this CLI does not know their kind.
 */
export type ApiErrorBody = z.output<typeof ReceivedError>['error'];

/** The server's side of an API error, kept so a command can react to a particular refusal. */
export interface ApiFailure extends Omit<ApiErrorBody, 'message'> {
  status: number;
}

export interface CliErrorOptions {
  /** A line saying what to do next, printed under the message. */
  hint?: string;
  api?: ApiFailure;
  cause?: unknown;
}

export class CliError extends Error {
  readonly code: CliErrorCode;
  readonly hint: string | undefined;
  readonly api: ApiFailure | undefined;

  constructor(code: CliErrorCode, message: string, options: CliErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CliError';
    this.code = code;
    this.hint = options.hint;
    this.api = options.api;
  }

  get exitCode(): number {
    return this.code === 'usage' ? 2 : 1;
  }
}

export const usageError = (message: string, hint?: string) =>
  new CliError('usage', message, hint === undefined ? {} : { hint });
