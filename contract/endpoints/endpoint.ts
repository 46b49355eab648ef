import { z } from 'zod';
import { ErrorResponse } from '../common.js';
import type { Tag } from './tags.js';

/**
 * One endpoint of the API, declared once: the server registers its route from this, the OpenAPI
 * document describes it from this, and the web app and the CLI call it through this, so a path,
 * a parameter or a body cannot drift between them.
 */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call an endpoint, checked by the server before its handler runs:
 * - `public`: anyone, signed in or not;
 * - `person`: anyone signed in, in an organization or not;
 * - `member`: a member of the organization the session or token acts in;
 * - `writer`: a member who may change things (not a viewer);
 * - `manager`: an owner or an admin.
 * Finer rules (only the performer may check in, only owners touch ownership) are the services'.
 */
export type Access = 'public' | 'person' | 'member' | 'writer' | 'manager';

/** 303 sends a browser on (the sign-in redirects): the Location header says where, the body is empty. */
export type SuccessStatus = 200 | 201 | 202 | 204 | 303;

/** The error answers an endpoint may list; every one has the same body. */
export const errorResponses = {
  400: ErrorResponse.describe('The request is malformed or invalid'),
  401: ErrorResponse.describe('Not signed in, or the token is invalid'),
  403: ErrorResponse.describe('Signed in, but not allowed to do this'),
  404: ErrorResponse.describe('Not found in this organization'),
  409: ErrorResponse.describe('Conflicts with the current state'),
  429: ErrorResponse.describe('Too many attempts; wait a minute and try again'),
  503: ErrorResponse.describe('Not able to serve yet; the message says why'),
} as const;
export type ErrorStatus = keyof typeof errorResponses;

/** The body of a 204: nothing. */
export const NoContent = z.undefined();

/** The body of a 303: nothing; the browser follows its Location. */
export const Redirect = z.undefined();

type Schema = z.ZodType;

export interface Endpoint<
  Params extends Schema | undefined = Schema | undefined,
  Query extends Schema | undefined = Schema | undefined,
  Body extends Schema | undefined = Schema | undefined,
  Response extends Schema = Schema,
  Who extends Access = Access,
> {
  readonly operationId: string;
  readonly method: Method;
  /** Express-style: `/api/v1/promises/:id`; every `:name` is a key of `params`. */
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly Tag[];
  readonly access: Who;
  readonly params: Params;
  readonly query: Query;
  readonly body: Body;
  /** The one success status, and the schema of its body (`NoContent` for a 204). */
  readonly status: SuccessStatus;
  readonly response: Response;
  readonly errors: readonly ErrorStatus[];
}

export interface EndpointDefinition<
  Params extends Schema | undefined,
  Query extends Schema | undefined,
  Body extends Schema | undefined,
  Response extends Schema,
  Who extends Access,
> {
  operationId: string;
  method: Method;
  path: string;
  summary: string;
  tags: readonly Tag[];
  access: Who;
  params?: Params;
  query?: Query;
  body?: Body;
  /** Exactly one success status with its schema, e.g. `{ 201: PromiseDetail }`. */
  responses: Partial<Record<SuccessStatus, Response>>;
  errors: readonly ErrorStatus[];
}

export function defineEndpoint<
  Response extends Schema,
  Who extends Access,
  Params extends Schema | undefined = undefined,
  Query extends Schema | undefined = undefined,
  Body extends Schema | undefined = undefined,
>(
  definition: EndpointDefinition<Params, Query, Body, Response, Who>,
): Endpoint<Params, Query, Body, Response, Who> {
  const successes = Object.entries(definition.responses);
  const [success] = successes;
  if (successes.length !== 1 || !success) {
    throw new Error(`${definition.operationId} must declare exactly one success response`);
  }
  const { responses: _responses, params, query, body, ...rest } = definition;
  return {
    ...rest,
    // Absent parts are undefined, which is what the type parameters default to when they are left out.
    params: params as Params,
    query: refuseUnknownFields(query) as Query,
    body: refuseUnknownFields(body) as Body,
    status: Number(success[0]) as SuccessStatus,
    response: success[1],
  };
}

/**
 * A body or a query lists every field it takes: any other is refused (a 400 naming it) rather than
 * dropped, so a misspelt or unsupported field (`?q=`, `PATCH {name}`) never "works" by doing nothing.
 * Done here, once, so each schema stays a plain `z.object` that forms may also use and extend. The
 * strict copy keeps the schema's refinements and its metadata (the OpenAPI component's id).
 */
function refuseUnknownFields<S extends Schema | undefined>(schema: S): S {
  if (!(schema instanceof z.ZodObject)) return schema;
  const strict = schema.strict();
  const meta = z.globalRegistry.get(schema);
  return (meta ? strict.meta(meta) : strict) as z.ZodType as S;
}

/** Any endpoint, whatever its schemas: what lists and registrars take. */
export type AnyEndpoint = Endpoint<
  Schema | undefined,
  Schema | undefined,
  Schema | undefined,
  Schema,
  Access
>;

type Slot<Key extends string, S> = S extends Schema
  ? object extends z.input<S>
    ? { [K in Key]?: z.input<S> }
    : { [K in Key]: z.input<S> }
  : { [K in Key]?: undefined };

/** What a client sends to call `E`: its path parameters, query and body, each as the contract reads it. */
export type CallInput<E extends AnyEndpoint> = Slot<'params', E['params']> &
  Slot<'query', E['query']> &
  Slot<'body', E['body']>;

/**
 * The arguments of a client's `call(endpoint, …)`, with what that client adds (a web request's abort
 * signal): the input may be left out when nothing in it is required.
 */
export type CallArgs<E extends AnyEndpoint, Extra extends object = object> =
  object extends CallInput<E> ? [input?: CallInput<E> & Extra] : [input: CallInput<E> & Extra];

/** What a call of `E` answers with. */
export type ResponseOf<E extends AnyEndpoint> = z.output<E['response']>;

/** The names of an endpoint's path parameters, in order: `['id']` for `/api/v1/promises/:id/moves`. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1] ?? '');
}

/** The endpoint's path with its parameters filled in and encoded, and the query after it. */
export function urlOf(endpoint: AnyEndpoint, input: { params?: unknown; query?: unknown } = {}): string {
  const params = asRecord(input.params);
  const path = endpoint.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === '') {
      throw new Error(`${endpoint.operationId} needs its path parameter ${name}`);
    }
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  // An empty filter means "any": it is left out rather than sent as an empty value the server would refuse.
  for (const [key, value] of Object.entries(asRecord(input.query))) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? { ...value } : {};
}
