import fc from 'fast-check';
import type { AnyEndpoint } from '../../../contract/endpoints/endpoint.js';
import { type IdSource, type JsonSchema, jsonSchemaOf, validValue } from './values.js';
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

/** Text that has broken servers before: encodings, injections, number edge cases, control characters. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  'a\u0000b',
  'a\ud800b',
  '\udfff',
  '\ufeff',
  '\u202egnp.exe',
  '%00',
  '%',
  '../../etc/passwd',
  "'; drop table promises; --",
  '<script>alert(1)</script>',
  '1e400',
  '-0',
  'NaN',
  'Infinity',
  'null',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧‍👦',
  'ﷺ'.repeat(60),
  '2027-02-30',
  '2027-13-01',
  '0000-00-00',
  '9999-12-31T23:59:60Z',
];

const hugeString = fc
  .tuple(fc.constantFrom(2_000, 70_000, 300_000, 1_100_000), fc.constantFrom('x', 'é', '😀', ' '))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/** A JSON value nested `depth` deep, as text: too deep for a recursive parser or validator. */
function deeplyNested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(-0, 0.1, 1e308, -1e308, 2 ** 53 + 2, -(2 ** 31) - 1, 2 ** 31),
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  fc.integer({ min: 10, max: 400 }).map((depth) => JSON.parse(deeplyNested(depth, 'object')) as unknown),
  hugeString,
);

type Path = Array<string | number>;

/** Every place in a JSON value: the root, each property, each item. */
function pathsIn(value: unknown, at: Path = []): Path[] {
  const paths: Path[] = [at];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) paths.push(...pathsIn(item, [...at, index]));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsIn(item, [...at, key]));
  }
  return paths;
}

function describePath(path: Path): string {
  return path.length === 0 ? '(root)' : `.${path.join('.')}`;
}

/** `value` with the node at `path` replaced by what `change` makes of it (undefined: removed). */
function rewrite(value: unknown, path: Path, change: (node: unknown) => unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return change(value);
  if (Array.isArray(value) && typeof head === 'number') {
    const copy = [...value];
    const next = rewrite(copy[head], rest, change);
    if (next === undefined) copy.splice(head, 1);
    else copy[head] = next;
    return copy;
  }
  if (typeof value === 'object' && value !== null && typeof head === 'string') {
    const copy: Record<string, unknown> = { ...value };
    const next = rewrite(copy[head], rest, change);
    if (next === undefined) delete copy[head];
    else copy[head] = next;
    return copy;
  }
  return value;
}

const extraKey = fc.constantFrom(
  'extra',
  'organizationId',
  'id',
  'role',
  'isAdmin',
  'createdAt',
  '__proto__',
);

/** `valid` broken in one or two places: a field dropped, retyped, nulled or added. */
interface Mutated {
  value: unknown;
  how: string[];
}

function mutatedValue(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Mutated> {
  const once = (value: unknown): fc.Arbitrary<Mutated> =>
    fc.constantFrom(...pathsIn(value)).chain((path) =>
      fc.oneof<fc.Arbitrary<Mutated>[]>(
        hostileValue.map((replacement) => ({
          value: rewrite(value, path, () => replacement),
          how: [`replaced ${describePath(path)}`],
        })),
        fc.constant<Mutated>({
          value: rewrite(value, path, () => null),
          how: [`nulled ${describePath(path)}`],
        }),
        fc.constant<Mutated>({
          value: rewrite(value, path, () => undefined),
          how: [`dropped ${describePath(path)}`],
        }),
        fc.tuple(extraKey, hostileValue).map(([key, extra]) => ({
          value: rewrite(value, path, (node) =>
            typeof node === 'object' && node !== null && !Array.isArray(node)
              ? { ...node, [key]: extra }
              : node,
          ),
          how: [`added ${key} at ${describePath(path)}`],
        })),
      ),
    );
  return valid.chain((value) =>
    once(value).chain((first) =>
      fc.oneof(
        { weight: 3, arbitrary: fc.constant(first) },
        {
          weight: 1,
          arbitrary: once(first.value).map((second) => ({
            value: second.value,
            how: [...first.how, ...second.how],
          })),
        },
      ),
    ),
  );
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

/** Raw path segments no client library would send. */
const GARBAGE_SEGMENTS = [
  '%00',
  '%ff',
  '%',
  '%zz',
  '%2F',
  '..',
  '.',
  '%2e%2e',
  ' ',
  '%20',
  'a'.repeat(101),
  'a'.repeat(5000),
  '%E0%A4%A',
  '%C0%AF',
  '%ED%A0%80',
];

function pathOf(endpoint: AnyEndpoint, params: Record<string, unknown>, raw: Record<string, string>): string {
  return endpoint.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    if (name in raw) return raw[name] ?? '';
    const value = params[name];
    return encodeSegment(typeof value === 'string' ? value : JSON.stringify(value ?? ''));
  });
}

/** Like encodeURIComponent, but a lone surrogate goes out as its WTF-8 bytes instead of throwing. */
function encodeSegment(text: string): string {
  let encoded = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    const isLone = char.length === 1 && code >= 0xd800 && code <= 0xdfff;
    encoded += isLone
      ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
          .map((byte) => `%${byte.toString(16).toUpperCase()}`)
          .join('')
      : encodeURIComponent(char);
  }
  return encoded;
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

/** Query strings a URL parser may choke on. */
const GARBAGE_QUERIES = [
  '?%',
  '?a=%zz',
  '?a=%00',
  '?a[b]=c',
  '?__proto__[x]=1',
  '?=',
  '?&&&',
  '?limit=1&limit=2',
  `?q=${'%E2%82'.repeat(10)}`,
];

/** A body that is not well-formed JSON, or is JSON no schema expects. */
const rawBody: fc.Arbitrary<{ payload: string | Buffer; how: string }> = fc.oneof(
  fc.constantFrom('{', '{"a":', '[1,]', 'nul', '"unterminated', '{"a":1}}', '\u0000', '').map((payload) => ({
    payload,
    how: 'malformed JSON',
  })),
  fc
    .tuple(fc.constantFrom(1_000, 10_000, 200_000), fc.constantFrom('array' as const, 'object' as const))
    .map(([depth, kind]) => ({ payload: deeplyNested(depth, kind), how: `nested ${depth} deep` })),
  fc
    .constantFrom(
      '{"__proto__":{"isAdmin":true}}',
      '{"constructor":{"prototype":{"isAdmin":true}}}',
      '{"title":"a","title":"b"}',
    )
    .map((payload) => ({ payload, how: 'prototype keys' })),
);

/** Bytes that are not UTF-8, inside what is otherwise the valid body. */
function badUtf8(json: string): Buffer {
  const at = json.indexOf('"', json.indexOf(':') + 1);
  const bad = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xc0, 0xaf]);
  if (at < 0) return Buffer.concat([Buffer.from(json), bad]);
  return Buffer.concat([Buffer.from(json.slice(0, at + 1)), bad, Buffer.from(json.slice(at + 1))]);
}

/** Headers a browser would not send: conditional and encoding edge cases, foreign origins, broken credentials. */
const HOSTILE_HEADERS: Array<[string, string]> = [
  ['if-none-match', '*'],
  ['if-none-match', 'W/"x", ,,"y"'],
  ['accept-encoding', 'br;q=NaN, gzip;q=2, *'],
  ['accept-encoding', 'identity;q=0, *;q=0'],
  ['accept', 'text/event-stream'],
  ['origin', 'http://evil.example'],
  ['origin', 'null'],
  ['authorization', 'Bearer '],
  ['authorization', 'Basic Zm9vOmJhcg=='],
  ['authorization', `Bearer accord_${'a'.repeat(3000)}`],
  ['cookie', 'accord_session=%zz; accord_csrf=%zz'],
  ['x-csrf-token', 'wrong'],
];

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/jsonx',
  '',
];

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
