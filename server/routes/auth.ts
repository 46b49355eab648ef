import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoginBody, Me, SignupBody } from '../../contract/auth.js';
import { ErrorResponse } from '../../contract/common.js';
import { clearSessionCookies, setSessionCookies } from '../plugins/authentication.js';
import { actorFromSession, describeMe, logIn, logOut, signUp } from '../services/accounts.js';
import type { RouteOptions } from './index.js';
import { errorResponses, publicSecurity } from './responses.js';

export const authRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  const secure = ctx.config.secureCookies;

  app.post(
    '/api/v1/auth/signup',
    {
      schema: {
        operationId: 'signUp',
        summary: 'Create an organization and its owner, and sign the owner in',
        tags: ['auth'],
        security: publicSecurity,
        body: SignupBody,
        response: { 201: Me, 400: errorResponses[400], 403: errorResponses[403], 409: errorResponses[409] },
      },
    },
    async (request, reply) => {
      const session = await signUp(ctx, request.body);
      setSessionCookies(reply, session, secure);
      const actor = await sessionActor(ctx, session.secret);
      return reply.status(201).send(await describeMe(ctx, actor));
    },
  );

  app.post(
    '/api/v1/auth/login',
    {
      config: { rateLimit: loginRateLimit(ctx.config.loginRateLimit) },
      schema: {
        operationId: 'logIn',
        summary: 'Sign in with email and password',
        tags: ['auth'],
        security: publicSecurity,
        body: LoginBody,
        response: { 200: Me, 400: errorResponses[400], 401: errorResponses[401], 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const session = await logIn(ctx, request.body);
      setSessionCookies(reply, session, secure);
      return describeMe(ctx, await sessionActor(ctx, session.secret));
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        operationId: 'logOut',
        summary: 'End this session',
        tags: ['auth'],
        security: publicSecurity,
        response: { 204: z.undefined(), 403: errorResponses[403] },
      },
    },
    async (request, reply) => {
      if (request.actor?.sessionId) await logOut(ctx, request.actor.sessionId);
      clearSessionCookies(reply);
      return reply.status(204).send();
    },
  );
};

async function sessionActor(ctx: RouteOptions['ctx'], secret: string) {
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
