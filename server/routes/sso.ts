import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/sso.js';
import { AppError } from '../errors.js';
import { setSessionCookies } from '../plugins/authentication.js';
import type { ServiceContext } from '../services/context.js';
import {
  findSsoProvider,
  getSsoSettings,
  removeSsoSettings,
  saveSsoSettings,
} from '../services/sso/providers.js';
import { finishSignIn, startSignIn } from '../services/sso/sign-in.js';
import { addressRateLimit } from './auth.js';
import { route } from './route.js';

/** Ties the provider's callback to the browser that started the sign-in; sent only to these routes. */
const SIGN_IN_COOKIE = 'accord_sso';
const SIGN_IN_COOKIE_PATH = '/api/v1/auth/oidc';

export function ssoRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const secure = ctx.config.secureCookies;
  const perAddress = [addressRateLimit(ctx, ctx.config.addressRateLimit)];

  route(app, endpoints.getSsoSettings, async ({ actor }) => getSsoSettings(ctx, actor));

  route(app, endpoints.saveSsoSettings, async ({ actor, body }) => saveSsoSettings(ctx, actor, body));

  route(app, endpoints.removeSsoSettings, async ({ actor }) => removeSsoSettings(ctx, actor));

  route(app, endpoints.findSsoProvider, async ({ params }) => findSsoProvider(ctx, params.org));

  route(
    app,
    endpoints.startSsoSignIn,
    async ({ params }, reply) => {
      const started = await startSignIn(ctx, params.org);
      reply.setCookie(SIGN_IN_COOKIE, started.cookie, {
        path: SIGN_IN_COOKIE_PATH,
        httpOnly: true,
        // Lax: the provider's redirect back is a top-level navigation from another site.
        sameSite: 'lax',
        secure,
        expires: started.expiresAt,
      });
      reply.header('location', started.authorizationUrl);
    },
    { preHandler: perAddress },
  );

  route(
    app,
    endpoints.finishSsoSignIn,
    async ({ query }, reply, request) => {
      const search = request.url.slice(request.url.indexOf('?'));
      reply.clearCookie(SIGN_IN_COOKIE, { path: SIGN_IN_COOKIE_PATH });
      try {
        const { session } = await finishSignIn(ctx, request.cookies[SIGN_IN_COOKIE], query, search);
        setSessionCookies(reply, session, secure);
        reply.header('location', '/inbox');
      } catch (error) {
        // A browser arriving from the provider gets the sign-in page saying what went wrong, not
        // an error document; other callers get the error as JSON.
        if (!(error instanceof AppError) || !request.headers.accept?.includes('text/html')) throw error;
        reply.header('location', `/sign-in?${new URLSearchParams({ ssoError: error.message })}`);
      }
    },
    { preHandler: perAddress },
  );
}
