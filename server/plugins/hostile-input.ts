import type { Socket } from 'node:net';
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifyServerOptions,
} from 'fastify';
import type { ErrorCode, ErrorResponse } from '../../contract/common.js';
import type { ValidationIssue } from '../../contract/error-details.js';
import { AppError, statusOf } from '../errors.js';

/*
 * What a hostile or broken client sends is refused here, at the edge, the same way on both engines
 * and before any service runs: PostgreSQL cannot store a NUL character in text (and fails with a
 * 500), and the two engines store a lone UTF-16 surrogate differently (SQLite keeps it as invalid
 * UTF-8, PostgreSQL refuses it), so neither may reach the store. Errors Fastify raises before a
 * route is found come out in Accord's error shape.
 */

/** A NUL, or a surrogate without its pair: with the `u` flag a well-formed pair is one code point, not `Cs`. */
const UNSTORABLE = /[\0\p{Cs}]/u;

function problemOf(text: string): string | null {
  if (!UNSTORABLE.test(text)) return null;
  return text.includes('\0')
    ? 'contains a NUL character (\\u0000), which is not text'
    : 'contains an unpaired surrogate (\\ud800–\\udfff), which is not valid Unicode';
}

/**
 * The first unstorable text in a parsed request part: a string value or an object key at any depth.
 * Walks with its own stack, not recursion, so a deeply nested JSON body cannot overflow it.
 */
export function findUnstorableText(part: string, value: unknown): ValidationIssue | null {
  const stack: { path: string; value: unknown }[] = [{ path: '', value }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { path, value: current } = next;
    if (typeof current === 'string') {
      const problem = problemOf(current);
      if (problem) return { path: path || part, message: problem };
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        const problem = problemOf(key);
        if (problem) return { path: childPath, message: `is a field name that ${problem}` };
        stack.push({ path: childPath, value: child });
      }
    }
  }
  return null;
}

/** Refuses a request whose path parameters, query or body hold text no engine may store. */
export function registerHostileInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts = [
      ['path', request.params],
      ['query', request.query],
      ['body', request.body],
    ] as const;
    for (const [part, value] of parts) {
      const issue = findUnstorableText(part, value);
      if (issue) {
        throw new AppError('validation_failed', `${part}: ${issue.path} ${issue.message}`, {
          kind: 'validation',
          issues: [issue],
        });
      }
    }
  });
}

const errorBody = (code: ErrorCode, message: string): string =>
  JSON.stringify({ error: { code, message } } satisfies ErrorResponse);

/** Errors of the router, raised before any route or hook runs: a URL that does not decode, a parameter too long. */
function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const [code, message]: [ErrorCode, string] =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? ['uri_too_long', 'A path parameter is longer than the limit (100 characters)']
      : ['validation_failed', 'The URL is not valid: a %-escape does not decode to UTF-8 text'];
  reply
    .status(statusOf(code))
    .header('content-type', 'application/json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(errorBody(code, message));
}

/**
 * Errors of Node's HTTP parser, before Fastify sees a request: the answer is written on the socket
 * by hand (there is no request to reply to), then the connection is closed, as Node itself does.
 */
function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [code, message]: [ErrorCode, string] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? ['headers_too_large', 'The request headers are larger than the limit (16 KiB)']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? ['request_timeout', 'The request took too long to arrive']
        : ['validation_failed', 'The request is not valid HTTP'];
  const status = statusOf(code);
  const body = errorBody(code, message);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${httpReason[status] ?? 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

const httpReason: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  414: 'URI Too Long',
  431: 'Request Header Fields Too Large',
};

/** Fastify's options that route its own early errors through Accord's shape; spread into `Fastify({…})`. */
export const edgeErrorOptions = {
  frameworkErrors,
  clientErrorHandler,
} satisfies Pick<FastifyServerOptions, 'frameworkErrors' | 'clientErrorHandler'>;
