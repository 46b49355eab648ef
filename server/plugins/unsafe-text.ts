import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

/*
 * PostgreSQL refuses a NUL character in text (a 500 from deep in a query) and cannot store a lone
 * UTF-16 surrogate, which SQLite stores as is: the two engines would differ. Neither is text a
 * person means to send, so both are refused at the edge, before validation, on every engine.
 */

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const UNSAFE = new RegExp(
  `${String.fromCharCode(0)}|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]`,
);

/**
 * Where in `value` (a parsed body, query or params) the first unsafe character is, if any. It walks
 * with a stack of its own, not by recursion: a body nested 200,000 deep is still only a 1 MiB body.
 */
function findUnsafe(value: unknown, root: string): string | undefined {
  const pending: Array<[unknown, string]> = [[value, root]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, path] = next;
    if (typeof node === 'string') {
      if (UNSAFE.test(node)) return path;
    } else if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) pending.push([item, `${path}.${index}`]);
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, item] of Object.entries(node)) {
        if (UNSAFE.test(key)) return `${path} (a key)`;
        pending.push([item, `${path}.${key}`]);
      }
    }
  }
  return undefined;
}

export function refuseUnsafeText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const found =
      findUnsafe(request.params, 'params') ??
      findUnsafe(request.query, 'query') ??
      findUnsafe(request.body, 'body');
    if (found) {
      throw new AppError(
        'validation_failed',
        `${found} contains a NUL character or an unpaired surrogate, which Accord does not store`,
      );
    }
  });
}
