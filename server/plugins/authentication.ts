import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { constantTimeEqual } from '../security/secrets.js';
import { actorFromSession, actorFromToken, type NewSession } from '../services/accounts.js';
import type { Actor } from '../services/actor.js';
import type { ServiceContext } from '../services/context.js';

export const SESSION_COOKIE = 'accord_session';
export const CSRF_COOKIE = 'accord_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | undefined;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Who is calling: a bearer token (scripts, the CLI) or a session cookie (the web app). Cookie
 * requests that change state must echo the session's CSRF token in a header, which a foreign site
 * cannot read; any request whose Origin names another site is refused outright.
 */
export function registerAuthentication(app: FastifyInstance, ctx: ServiceContext): void {
  app.decorateRequest('actor', undefined);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const isUnsafe = !SAFE_METHODS.has(request.method);
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const actor = match ? await actorFromToken(ctx, match[1]!) : undefined;
      if (!actor) throw new AppError('unauthenticated', 'The API token is invalid or revoked');
      request.actor = actor;
      return;
    }
    if (isUnsafe) refuseForeignOrigin(request);
    const secret = request.cookies[SESSION_COOKIE];
    if (!secret) return;
    const actor = await actorFromSession(ctx, secret);
    if (!actor) return;
    if (isUnsafe) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !actor.csrfToken || !constantTimeEqual(sent, actor.csrfToken)) {
        throw new AppError(
          'csrf_failed',
          `Send the ${CSRF_HEADER} header with the value of the ${CSRF_COOKIE} cookie`,
        );
      }
    }
    request.actor = actor;
  });
}

function refuseForeignOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError('csrf_failed', 'The Origin header is malformed');
  }
  if (host !== request.headers.host) {
    throw new AppError('csrf_failed', `Requests from ${origin} may not change anything here`);
  }
}

export function setSessionCookies(reply: FastifyReply, session: NewSession, secure: boolean): void {
  const common = { path: '/', sameSite: 'lax' as const, secure, expires: session.expiresAt };
  reply.setCookie(SESSION_COOKIE, session.secret, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
