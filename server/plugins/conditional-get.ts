import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/**
 * A weak validator of a body: equal bodies get equal tags. Weak, because the same body may leave
 * compressed with brotli, gzip or not at all, and those are equivalent, not byte-identical.
 */
export function weakEtagOf(body: string | Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Whether an If-None-Match header names `etag` (compared weakly, as RFC 9110 asks for GET). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * API reads answer with an ETag, and with 304 and no body when the client already holds that
 * answer: the web app revalidates on every focus and interval, and most of those reads have not
 * changed. The body is still computed (the tag is a hash of it), so this saves the transfer, not
 * the query.
 *
 * No API answer is stored anywhere, `no-store`: each may depend on who asks, and some carry
 * secrets (a new token, an invitation link) that must not outlive the page in a browser's or a
 * proxy's cache. Errors and changes too, not only reads. The ETag stays: a client that kept a body
 * itself (the web app's query cache) may still revalidate it and be answered 304.
 *
 * Registered on the root instance, its onSend hook runs before the route-level hook of
 * @fastify/compress, so the tag is computed on the JSON text, not on a compressed stream.
 */
export function registerConditionalGet(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) return payload;
    reply.header('cache-control', 'no-store');
    if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
    if (reply.statusCode !== 200 || !(typeof payload === 'string' || Buffer.isBuffer(payload))) {
      return payload;
    }
    const etag = weakEtagOf(payload);
    reply.header('etag', etag);
    const ifNoneMatch = request.headers['if-none-match'];
    if (!matchesIfNoneMatch(ifNoneMatch, etag)) return payload;
    reply.code(304);
    reply.removeHeader('content-type');
    reply.removeHeader('content-length');
    return null;
  });
}
