import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AccountabilityMap, AccountabilityQuery } from '../../contract/accountability.js';
import { getAccountability } from '../services/accountability.js';
import { requireMember } from '../services/authorization.js';
import { errorResponses } from './responses.js';
import type { RouteOptions } from './route-options.js';

const { 400: badRequest, 401: unauthenticated, 403: forbidden } = errorResponses;

export const accountabilityRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/api/v1/accountability',
    {
      schema: {
        operationId: 'getAccountability',
        summary: 'Who promises what to whom over which horizon: parties as nodes, promises as edges',
        tags: ['alignment'],
        querystring: AccountabilityQuery,
        response: { 200: AccountabilityMap, 400: badRequest, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request) => getAccountability(ctx, requireMember(request.actor), request.query),
  );
};
