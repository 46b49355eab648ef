import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import * as endpoints from '../../contract/endpoints/auth.js';
import { AppError } from '../errors.js';
import { clearSessionCookies, setSessionCookies } from '../plugins/authentication.js';
import { actorFromSession, confirmSignUp, describeMe, logIn, logOut, signUp } from '../services/accounts.js';
import type { ServiceContext } from '../services/context.js';
import { countAttempt } from '../services/rate-limits.js';
import { route } from './route.js';

export function authRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const secure = ctx.config.secureCookies;
  const perAddress = [addressRateLimit(ctx, ctx.config.addressRateLimit)];

  route(
    app,
    endpoints.signUp,
    async ({ body }, reply) => {
      const outcome = await signUp(ctx, body);
      if (!('session' in outcome)) return outcome;
      setSessionCookies(reply, outcome.session, secure);
      return describeMe(ctx, await sessionActor(ctx, outcome.session.secret));
    },
    { preHandler: perAddress },
  );

  route(
    app,
    endpoints.confirmSignUp,
    async ({ body }, reply) => {
      const session = await confirmSignUp(ctx, body.token);
      setSessionCookies(reply, session, secure);
      return describeMe(ctx, await sessionActor(ctx, session.secret));
    },
    { preHandler: perAddress },
  );

  route(
    app,
    endpoints.logIn,
    async ({ body }, reply) => {
      const session = await logIn(ctx, body);
      setSessionCookies(reply, session, secure);
      return describeMe(ctx, await sessionActor(ctx, session.secret));
    },
    { config: { rateLimit: loginRateLimit(ctx.config.loginRateLimit) }, preHandler: perAddress },
  );

  route(app, endpoints.logOut, async ({ actor }, reply) => {
    if (actor?.sessionId) await logOut(ctx, actor.sessionId);
    clearSessionCookies(reply);
  });
}

async function sessionActor(ctx: ServiceContext, secret: string) {
  const actor = await actorFromSession(ctx, secret);
  if (!actor) throw new Error('a session just opened could not be read back');
  return actor;
}

/** Per client address and email, so one attacker cannot lock out everyone behind a shared address. */
export function loginRateLimit(limit: { max: number; timeWindowMs: number }) {
  return {
    max: limit.max,
    timeWindow: limit.timeWindowMs,
    keyGenerator: (request: { ip: string; body?: unknown }) => {
      const email = (request.body as { email?: unknown } | undefined)?.email;
      return `${request.ip}:${typeof email === 'string' ? email.toLowerCase() : ''}`;
    },
  };
}

/**
 * Attempts from one client address at signing in (whatever the email), signing up and accepting
 * invitations, counted together in the database (every process shares the count): trying many
 * accounts from one address is refused with 429. It runs beside the per-email limit of signing in,
 * which the rate-limit plugin keeps; the plugin runs one limiter per request, so this one is its own.
 */
export function addressRateLimit(
  ctx: ServiceContext,
  limit: { max: number; timeWindowMs: number },
): preHandlerAsyncHookHandler {
  return async (request, reply) => {
    const { current, ttl } = await countAttempt(ctx, `address:${request.ip}`, limit.timeWindowMs);
    if (current <= limit.max) return;
    const seconds = Math.max(1, Math.ceil(ttl / 1000));
    reply.header('retry-after', String(seconds));
    throw new AppError('rate_limited', `Too many attempts from this address; try again in ${seconds} s`);
  };
}
