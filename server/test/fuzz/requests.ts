import fc from 'fast-check';
import type { AnyEndpoint } from '../../../contract/endpoints/endpoint.js';
import { mutatedValue } from './mutations.js';
import { type IdSource, type JsonSchema, jsonSchemaOf, validValue } from './values.js';
import {
  badUtf8,
  CONTENT_TYPES,
  encodeSegment,
  GARBAGE_QUERIES,
  GARBAGE_SEGMENTS,
  HOSTILE_HEADERS,
  rawBody,
} from './wire.js';
import { ACTORS, type ActorName, kindOf, type World } from './world.js';

/** One request as it goes on the wire, with how it was made, so a failure can be read and replayed. */
export interface FuzzRequest {
  operationId: string;
  actor: ActorName;
  method: AnyEndpoint['method'];
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** The mutations applied, in words: "body: dropped .title", "path: garbage". */
  how: string[];
}

/** The ids a request names: the organization's own mostly, other tenants', unknown ones, and garbage. */
function idSource(world: World, pathNoun: string): IdSource {
  const options: Array<{ weight: number; arbitrary: fc.Arbitrary<string> }> = [
    { weight: 1, arbitrary: fc.uuid({ version: 7 }) },
    { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,64}$/) },
  ];
  if (world.ownIds.length > 0) options.push({ weight: 4, arbitrary: fc.constantFrom(...world.ownIds) });
  if (world.foreignIds.length > 0)
    options.push({ weight: 2, arbitrary: fc.constantFrom(...world.foreignIds) });
  const anyId = fc.oneof(...options);
  return {
    ids(name) {
      // A path's `:id` names the noun before it: /promises/:id is a promise's.
      const kind = kindOf(name === 'id' || name === undefined ? pathNoun : name);
      // An `id` outside a path is a party's ({ type, id }): a person or a team.
      const ofKind =
        kind === ''
          ? [...(world.idsByKind.person ?? []), ...(world.idsByKind.team ?? [])]
          : (world.idsByKind[kind] ?? []);
      if (ofKind.length === 0) return anyId;
      return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ofKind) }, { weight: 1, arbitrary: anyId });
    },
  };
}

function pathOf(endpoint: AnyEndpoint, params: Record<string, unknown>, raw: Record<string, string>): string {
  return endpoint.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    if (name in raw) return raw[name] ?? '';
    const value = params[name];
    return encodeSegment(typeof value === 'string' ? value : JSON.stringify(value ?? ''));
  });
}

function queryOf(query: unknown): string {
  if (typeof query !== 'object' || query === null || Array.isArray(query)) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item));
    else search.append(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

interface PartSchemas {
  params?: JsonSchema;
  query?: JsonSchema;
  body?: JsonSchema;
}

function schemasOf(endpoint: AnyEndpoint): PartSchemas {
  return {
    ...(endpoint.params ? { params: jsonSchemaOf(endpoint.params) } : {}),
    ...(endpoint.query ? { query: jsonSchemaOf(endpoint.query) } : {}),
    ...(endpoint.body ? { body: jsonSchemaOf(endpoint.body) } : {}),
  };
}

/**
 * Who may send a request to `endpoint` in the fuzzer. Signing out and the event stream would end a
 * seeded session or never answer, so only those who have no session to lose call them.
 */
function actorsFor(endpoint: AnyEndpoint): fc.Arbitrary<ActorName> {
  if (endpoint.operationId === 'logOut' || endpoint.operationId === 'streamEvents') {
    return fc.constantFrom('anonymous', 'forged');
  }
  // Members most often, so that requests get past the door to the services more often than not.
  const weights: Record<ActorName, number> = {
    owner: 4,
    admin: 2,
    member: 4,
    viewer: 1,
    stranger: 1,
    anonymous: 1,
    forged: 1,
  };
  return fc.oneof(...ACTORS.map((actor) => ({ weight: weights[actor], arbitrary: fc.constant(actor) })));
}

/** `arbitrary` once in `odds` draws, null otherwise. */
function rarely<T>(arbitrary: fc.Arbitrary<T>, odds: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: odds - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

function requestsFor(endpoint: AnyEndpoint, world: World): fc.Arbitrary<FuzzRequest> {
  const schemas = schemasOf(endpoint);
  const source = idSource(
    world,
    /\/([a-z-]+)\/:id\b/.exec(endpoint.path)?.[1]?.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) ??
      '',
  );
  const part = (schema: JsonSchema | undefined) =>
    schema
      ? fc.oneof(
          {
            weight: 3,
            arbitrary: validValue(schema, source).map((value) => ({ value, how: [] as string[] })),
          },
          { weight: 1, arbitrary: mutatedValue(validValue(schema, source)) },
        )
      : fc.constant({ value: undefined as unknown, how: [] as string[] });

  const rawParam = rarely(
    fc.record({
      name: fc.constantFrom(...(endpoint.path.match(/:([A-Za-z]+)/g) ?? [':id'])),
      segment: fc.constantFrom(...GARBAGE_SEGMENTS),
    }),
    8,
  );
  const bodyTransport = fc.oneof(
    { weight: 12, arbitrary: fc.constant('json' as const) },
    { weight: 1, arbitrary: fc.constant('raw' as const) },
    { weight: 1, arbitrary: fc.constant('bad-utf8' as const) },
    { weight: 1, arbitrary: fc.constant('content-type' as const) },
    { weight: 1, arbitrary: fc.constant('none' as const) },
  );

  return fc
    .record({
      actor: actorsFor(endpoint),
      params: part(schemas.params),
      query: part(schemas.query),
      body: part(schemas.body),
      rawParam,
      garbageQuery: rarely(fc.constantFrom(...GARBAGE_QUERIES), 15),
      hostileHeader: rarely(fc.constantFrom(...HOSTILE_HEADERS), 10),
      transport: bodyTransport,
      raw: rawBody,
      contentType: fc.constantFrom(...CONTENT_TYPES),
    })
    .map((drawn): FuzzRequest => {
      const how: string[] = [];
      const params = (typeof drawn.params.value === 'object' && drawn.params.value) || {};
      const raw: Record<string, string> = {};
      if (drawn.rawParam && endpoint.path.includes(':')) {
        raw[drawn.rawParam.name.slice(1)] = drawn.rawParam.segment;
        how.push(`path ${drawn.rawParam.name}=${drawn.rawParam.segment.slice(0, 20)}`);
      }
      how.push(...drawn.params.how.map((h) => `params: ${h}`), ...drawn.query.how.map((h) => `query: ${h}`));
      let url = pathOf(endpoint, params as Record<string, unknown>, raw);
      if (drawn.garbageQuery) {
        url += drawn.garbageQuery;
        how.push(`query ${drawn.garbageQuery.slice(0, 20)}`);
      } else url += queryOf(drawn.query.value);

      const headers: Record<string, string> = { ...world.headers[drawn.actor] };
      if (drawn.hostileHeader) {
        const [name, value] = drawn.hostileHeader;
        headers[name] = value;
        how.push(`header ${name}: ${value.slice(0, 30)}`);
      }
      let payload: string | Buffer | undefined;
      const json = drawn.body.value === undefined ? undefined : JSON.stringify(drawn.body.value);
      switch (drawn.transport) {
        case 'json':
          if (json !== undefined) {
            payload = json;
            headers['content-type'] = 'application/json';
            how.push(...drawn.body.how.map((h) => `body: ${h}`));
          }
          break;
        case 'raw':
          payload = drawn.raw.payload;
          headers['content-type'] = 'application/json';
          how.push(`body: ${drawn.raw.how}`);
          break;
        case 'bad-utf8':
          payload = badUtf8(json ?? '{"text":"x"}');
          headers['content-type'] = 'application/json';
          how.push('body: bad UTF-8');
          break;
        case 'content-type':
          payload = json ?? '{}';
          if (drawn.contentType) headers['content-type'] = drawn.contentType;
          how.push(`content-type ${drawn.contentType || '(none)'}`);
          break;
        case 'none':
          if (json !== undefined) how.push('body: none');
          break;
      }
      return {
        operationId: endpoint.operationId,
        actor: drawn.actor,
        method: endpoint.method,
        url,
        headers,
        payload,
        how,
      };
    });
}

/** A request to any endpoint of the contract, by anyone, valid or broken. */
export function fuzzRequests(endpoints: readonly AnyEndpoint[], world: World): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(...endpoints.map((endpoint) => requestsFor(endpoint, world)));
}
