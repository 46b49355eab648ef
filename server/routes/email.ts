import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/email.js';
import type { ServiceContext } from '../services/context.js';
import {
  getNotificationPreferences,
  unsubscribe,
  updateNotificationPreferences,
} from '../services/email/preferences.js';
import { route } from './route.js';

export function emailRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.getNotificationPreferences, async ({ actor }) =>
    getNotificationPreferences(ctx, actor),
  );

  route(app, endpoints.updateNotificationPreferences, async ({ actor, body }) =>
    updateNotificationPreferences(ctx, actor, body),
  );

  // Mail clients unsubscribe with a form body, `List-Unsubscribe=One-Click` (RFC 8058); it says
  // nothing the link does not, so this route alone reads and ignores form bodies.
  app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, _body, done) => done(null, undefined),
    );
    route(scope, endpoints.unsubscribe, async ({ params }) => unsubscribe(ctx, params.token));
  });
}
