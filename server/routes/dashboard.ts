import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Dashboard, DashboardQuery } from '../../contract/dashboard.js';
import { requireMember } from '../services/authorization.js';
import { getDashboard } from '../services/dashboard.js';
import { errorResponses } from './responses.js';
import type { RouteOptions } from './route-options.js';

const { 400: badRequest, 401: unauthenticated, 403: forbidden, 404: notFound } = errorResponses;

export const dashboardRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/api/v1/dashboard',
    {
      schema: {
        operationId: 'getDashboard',
        summary: 'A cycle at a glance for the organization, a team or a person',
        tags: ['progress'],
        querystring: DashboardQuery,
        response: { 200: Dashboard, 400: badRequest, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => getDashboard(ctx, requireMember(request.actor), request.query),
  );
};
