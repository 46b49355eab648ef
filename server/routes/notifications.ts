import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '../../contract/common.js';
import { NotificationList } from '../../contract/notifications.js';
import { requireMember } from '../services/authorization.js';
import * as notifications from '../services/notifications.js';
import { errorResponses } from './responses.js';
import type { RouteOptions } from './route-options.js';

const { 401: unauthenticated, 403: forbidden, 404: notFound } = errorResponses;

export const notificationRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  const member = (request: { actor: Parameters<typeof requireMember>[0] }) => requireMember(request.actor);

  app.get(
    '/api/v1/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        summary: 'What happened that awaits me, newest first, with the unread count',
        tags: ['notifications'],
        response: { 200: NotificationList, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request) => notifications.listNotifications(ctx, member(request)),
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      schema: {
        operationId: 'markNotificationRead',
        summary: 'Mark one notification read',
        tags: ['notifications'],
        params: z.object({ id: Id }),
        response: { 200: NotificationList, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => notifications.markNotificationRead(ctx, member(request), request.params.id),
  );

  app.post(
    '/api/v1/notifications/read-all',
    {
      schema: {
        operationId: 'markAllNotificationsRead',
        summary: 'Mark every notification read',
        tags: ['notifications'],
        response: { 200: NotificationList, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request) => notifications.markAllNotificationsRead(ctx, member(request)),
  );
};
