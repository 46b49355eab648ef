import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/notifications.js';
import type { ServiceContext } from '../services/context.js';
import * as notifications from '../services/notifications.js';
import { route } from './route.js';

export function notificationRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.listNotifications, async ({ actor, query }) =>
    notifications.listNotifications(ctx, actor, query),
  );

  route(app, endpoints.markNotificationRead, async ({ actor, params }) =>
    notifications.markNotificationRead(ctx, actor, params.id),
  );

  route(app, endpoints.markAllNotificationsRead, async ({ actor }) =>
    notifications.markAllNotificationsRead(ctx, actor),
  );
}
