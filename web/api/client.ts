import { ErrorCode, ReceivedError } from '../../contract/common.js';
import {
  type AnyEndpoint,
  type CallArgs,
  type ResponseOf,
  urlOf,
} from '../../contract/endpoints/endpoint.js';
import type { ErrorDetails, ValidationIssue } from '../../contract/error-details.js';

const CSRF_COOKIE = 'accord_csrf';
const CSRF_HEADER = 'x-csrf-token';

/** What the API answered when it refused a request: its code, status and a message meant for people. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'network';
  readonly status: number;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode | 'network', status: number, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }

  /** The per-field problems of a `validation_failed` answer, keyed by field path. */
  get issues(): ValidationIssue[] {
    return this.details?.kind === 'validation' ? this.details.issues : [];
  }
}

/** A message for any error a query or mutation may fail with. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong; try again';
}

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return entry === undefined ? undefined : decodeURIComponent(entry.slice(prefix.length));
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
}

/** The refusal in an error body, read through the contract so what the app reacts to is typed. */
async function failure(response: Response): Promise<ApiError> {
  const received = ReceivedError.safeParse(parseJson(await response.text()));
  if (!received.success) {
    return new ApiError(
      'internal',
      response.status,
      `The server answered ${response.status} ${response.statusText}; try again in a moment`,
    );
  }
  const { code, message, details } = received.data.error;
  return new ApiError(ErrorCode.catch('internal').parse(code), response.status, message, details);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Calls the Accord API with the session cookie. Requests that change state echo the CSRF cookie in
 * a header, which the server requires of cookie-authenticated writes.
 */
async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
  }
  // The server refuses an empty body declared as JSON, so the type is sent only with a body.
  if (options.body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', 0, 'Accord cannot be reached; check your connection and try again');
  }
  if (!response.ok) throw await failure(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/**
 * Calls one endpoint of the contract: the path is filled from `params`, the query encoded, and the
 * answer typed by the endpoint's success schema (the server serialized it through that schema).
 */
export function call<E extends AnyEndpoint>(
  endpoint: E,
  ...[input]: CallArgs<E, { signal?: AbortSignal }>
): Promise<ResponseOf<E>> {
  return request<ResponseOf<E>>(endpoint.method, urlOf(endpoint, input), {
    body: input?.body,
    signal: input?.signal,
  });
}

/** True when the error means nobody is signed in. */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
