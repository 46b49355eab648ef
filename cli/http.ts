import { ReceivedError } from '../contract/common.js';
import { type AnyEndpoint, type CallArgs, type ResponseOf, urlOf } from '../contract/endpoints/endpoint.js';
import { type ApiErrorBody, type ApiFailure, CliError } from './errors.js';

export interface ClientOptions {
  /** The server's address as parseServerUrl returns it. */
  url: string;
  token: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** What to tell the person when the server refuses the token (401). */
  unauthenticatedMessage?: string;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The address of an Accord server without a trailing slash, or undefined when `text` is not an
 * http(s) address. A path is kept, for servers behind a reverse proxy under a prefix.
 */
export function parseServerUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The Accord HTTP API, typed by the contract. Responses are not validated again here: the server
 * serializes every response through the same contract schemas.
 */
export class AccordClient {
  readonly url: string;
  private readonly token: string;
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;
  private readonly unauthenticatedMessage: string;

  constructor(options: ClientOptions) {
    this.url = options.url;
    this.token = options.token;
    this.fetch = options.fetch ?? globalThis.fetch;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.unauthenticatedMessage =
      options.unauthenticatedMessage ?? 'the token is invalid or revoked; run accord login';
  }

  /**
   * Calls one endpoint of the contract: the path is filled from `params`, the query encoded, and the
   * answer typed by the endpoint's success schema (the server serialized it through that schema).
   */
  call<E extends AnyEndpoint>(endpoint: E, ...[input]: CallArgs<E>): Promise<ResponseOf<E>> {
    return this.send(endpoint.method, urlOf(endpoint, input), input?.body);
  }

  /**
   * Calls an endpoint that answers with a document rather than JSON (an export): its bytes and type,
   * as the server sent them. Failures are reported as `call` reports them.
   */
  async download<E extends AnyEndpoint>(
    endpoint: E,
    ...[input]: CallArgs<E>
  ): Promise<{ bytes: Uint8Array; contentType: string }> {
    const response = await this.fetchOk(endpoint.method, urlOf(endpoint, input), input?.body, '*/*');
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      contentType: response.headers.get('content-type') ?? '',
    };
  }

  /** One API call; every failure becomes a CliError that says what happened and where. */
  private async send<T>(method: Method, path: string, body: unknown): Promise<T> {
    const response = await this.fetchOk(method, path, body, 'application/json');
    // A 204 has no body to be JSON; the endpoint's type says there is nothing to read.
    if (response.status === 204) return undefined as T;
    if (!isJson(response)) throw this.notAccord(response);
    return (await response.json()) as T;
  }

  /** The response of one request, once it is a success; anything else becomes a CliError. */
  private async fetchOk(method: Method, path: string, body: unknown, accept: string): Promise<Response> {
    const address = `${this.url}${path}`;
    const headers: Record<string, string> = {
      accept,
      authorization: `Bearer ${this.token}`,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await this.fetch(address, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new CliError(
        'unreachable',
        `could not reach Accord at ${this.url}: ${this.whyUnreachable(error)}`,
        {
          hint: 'Check the address, and that the server is running and reachable from here.',
          cause: error,
        },
      );
    }
    if (!response.ok) throw await this.failure(response);
    return response;
  }

  private async failure(response: Response): Promise<CliError> {
    const body = isJson(response) ? await readErrorBody(response) : undefined;
    const api: ApiFailure = { status: response.status, code: body?.code, details: body?.details };
    if (response.status === 401) return new CliError('unauthenticated', this.unauthenticatedMessage, { api });
    if (body) return new CliError('api', body.message, { api });
    if (response.status === 404) return this.notAccord(response);
    const status = `${response.status} ${response.statusText}`.trim();
    return new CliError('api', `Accord at ${this.url} answered HTTP ${status}`, { api });
  }

  private notAccord(response: Response): CliError {
    return new CliError('api', `${this.url} did not answer like an Accord server (HTTP ${response.status})`, {
      hint: 'Check the address: it is the one you open Accord at in the browser.',
    });
  }

  private whyUnreachable(error: unknown): string {
    if (error instanceof Error && error.name === 'TimeoutError') {
      return `no answer within ${Math.round(this.timeoutMs / 1000)} s`;
    }
    const cause = error instanceof Error ? error.cause : undefined;
    const code = errorCode(cause) ?? errorCode(firstOf(cause));
    if (code === 'ECONNREFUSED') return 'connection refused';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
    if (cause instanceof Error && cause.message) return cause.message;
    return error instanceof Error ? error.message : String(error);
  }
}

function isJson(response: Response): boolean {
  return response.headers.get('content-type')?.includes('json') ?? false;
}

/**
 * The `error` of an ErrorResponse, or undefined when the body is not one (a proxy's error page).
 * The code is kept as text: a newer server may send a code this CLI does not know yet.
 */
async function readErrorBody(response: Response): Promise<ApiErrorBody | undefined> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return undefined;
  }
  const received = ReceivedError.safeParse(body);
  return received.success ? received.data.error : undefined;
}

function errorCode(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('code' in value)) return undefined;
  return typeof value.code === 'string' ? value.code : undefined;
}

/** Connecting to a name with several addresses fails with an AggregateError of each attempt. */
function firstOf(value: unknown): unknown {
  return value instanceof AggregateError ? value.errors[0] : undefined;
}
