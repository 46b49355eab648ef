import fc from 'fast-check';
import { deeplyNested } from './mutations.js';

/* What no client library would put on the wire: broken paths, queries, bodies and headers. */

/** Raw path segments no client library would send. */
export const GARBAGE_SEGMENTS = [
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

/** Like encodeURIComponent, but a lone surrogate goes out as its WTF-8 bytes instead of throwing. */
export function encodeSegment(text: string): string {
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

/** Query strings a URL parser may choke on. */
export const GARBAGE_QUERIES = [
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
export const rawBody: fc.Arbitrary<{ payload: string | Buffer; how: string }> = fc.oneof(
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
export function badUtf8(json: string): Buffer {
  const at = json.indexOf('"', json.indexOf(':') + 1);
  const bad = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xc0, 0xaf]);
  if (at < 0) return Buffer.concat([Buffer.from(json), bad]);
  return Buffer.concat([Buffer.from(json.slice(0, at + 1)), bad, Buffer.from(json.slice(at + 1))]);
}

/** Headers a browser would not send: conditional and encoding edge cases, foreign origins, broken credentials. */
export const HOSTILE_HEADERS: Array<[string, string]> = [
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

export const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/jsonx',
  '',
];
