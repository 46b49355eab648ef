import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/my-account.js';
import { clearSessionCookies } from '../plugins/authentication.js';
import { describeMe } from '../services/accounts.js';
import type { ServiceContext } from '../services/context.js';
import * as account from '../services/my-account.js';
import { requestPasswordReset, resetPassword } from '../services/password-resets.js';
import { addressRateLimit, loginRateLimit } from './auth.js';
import { route } from './route.js';

export function myAccountRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const perAddress = [addressRateLimit(ctx, ctx.config.addressRateLimit)];

  route(app, endpoints.changeMyName, async ({ actor, body }) =>
    describeMe(ctx, await account.changeName(ctx, actor, body.name)),
  );

  route(app, endpoints.changeMyPassword, async ({ actor, body }) => account.changePassword(ctx, actor, body));

  route(app, endpoints.changeMyEmail, async ({ actor, body }) =>
    account.requestEmailChange(ctx, actor, body),
  );

  // Guessing link secrets from one address is limited with signing in.
  route(app, endpoints.confirmEmail, async ({ body }) => account.confirmEmailChange(ctx, body.token), {
    preHandler: perAddress,
  });

  route(app, endpoints.leaveOrganization, async ({ actor, params }) =>
    account.leaveOrganization(ctx, actor, params.id),
  );

  route(app, endpoints.deleteMyAccount, async ({ actor, body }, reply) => {
    await account.deleteAccount(ctx, actor, body.currentPassword);
    clearSessionCookies(reply);
  });

  // Limited like signing in: per address and email, and per address whatever the email.
  route(app, endpoints.forgotPassword, async ({ body }) => requestPasswordReset(ctx, body.email), {
    config: { rateLimit: loginRateLimit(ctx.config.loginRateLimit) },
    preHandler: perAddress,
  });

  route(app, endpoints.resetPassword, async ({ body }) => resetPassword(ctx, body), {
    preHandler: perAddress,
  });
}
