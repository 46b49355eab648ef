import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/auth.js';
import { clearSessionCookies, setSessionCookies } from '../plugins/authentication.js';
import { actorFromSession, describeMe, logIn, logOut, signUp } from '../services/accounts.js';
import type { ServiceContext } from '../services/context.js';
import { route } from './route.js';

export function authRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const secure = ctx.config.secureCookies;

  route(app, endpoints.signUp, async ({ body }, reply) => {
    const session = await signUp(ctx, body);
    setSessionCookies(reply, session, secure);
    return describeMe(ctx, await sessionActor(ctx, session.secret));
  });

  route(
    app,
    endpoints.logIn,
    async ({ body }, reply) => {
      const session = await logIn(ctx, body);
      setSessionCookies(reply, session, secure);
      return describeMe(ctx, await sessionActor(ctx, session.secret));
    },
    { config: { rateLimit: loginRateLimit(ctx.config.loginRateLimit) } },
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
function loginRateLimit(limit: { max: number; timeWindowMs: number }) {
  return {
    max: limit.max,
    timeWindow: limit.timeWindowMs,
    keyGenerator: (request: { ip: string; body?: unknown }) => {
      const email = (request.body as { email?: unknown } | undefined)?.email;
      return `${request.ip}:${typeof email === 'string' ? email.toLowerCase() : ''}`;
    },
  };
}
