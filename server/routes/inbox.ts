import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Inbox } from '../../contract/inbox.js';
import { requireMember } from '../services/authorization.js';
import { getInbox } from '../services/inbox.js';
import { errorResponses } from './responses.js';
import type { RouteOptions } from './route-options.js';

const { 401: unauthenticated, 403: forbidden } = errorResponses;

export const inboxRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/api/v1/inbox',
    {
      schema: {
        operationId: 'getInbox',
        summary: 'What awaits my move, and what I am waiting on from others',
        tags: ['alignment'],
        response: { 200: Inbox, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request) => getInbox(ctx, requireMember(request.actor)),
  );
};
