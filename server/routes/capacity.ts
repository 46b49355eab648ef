import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CapacityQuery, SetCapacityBody, SetSizeBody, TeamCapacity } from '../../contract/capacity.js';
import { IdParams } from '../../contract/common.js';
import { requireMember } from '../services/authorization.js';
import * as capacity from '../services/capacity.js';
import { errorResponses } from './responses.js';
import type { RouteOptions } from './route-options.js';

const {
  400: badRequest,
  401: unauthenticated,
  403: forbidden,
  404: notFound,
  409: conflict,
} = errorResponses;
const all = { 400: badRequest, 401: unauthenticated, 403: forbidden, 404: notFound, 409: conflict };

export const capacityRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  const member = (request: { actor: Parameters<typeof requireMember>[0] }) => requireMember(request.actor);

  app.get(
    '/api/v1/teams/:id/capacity',
    {
      schema: {
        operationId: 'getTeamCapacity',
        summary: "A team's capacity and load in a cycle, and what it said no to",
        tags: ['planning'],
        params: IdParams,
        querystring: CapacityQuery,
        response: { 200: TeamCapacity, 400: badRequest, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) =>
      capacity.getTeamCapacity(ctx, member(request), request.params.id, request.query.cycleId),
  );

  app.put(
    '/api/v1/teams/:id/capacity',
    {
      schema: {
        operationId: 'setTeamCapacity',
        summary: 'Declare what a team can promise in a cycle (its leads, owners and admins)',
        tags: ['planning'],
        params: IdParams,
        body: SetCapacityBody,
        response: { 200: TeamCapacity, ...all },
      },
    },
    async (request) => capacity.setTeamCapacity(ctx, member(request), request.params.id, request.body),
  );

  app.put(
    '/api/v1/promises/:id/size',
    {
      schema: {
        operationId: 'setPromiseSize',
        summary: 'The performer sizes a promise in points',
        tags: ['planning'],
        params: IdParams,
        body: SetSizeBody,
        response: { 204: z.undefined(), ...all },
      },
    },
    async (request, reply) => {
      await capacity.setPromiseSize(ctx, member(request), request.params.id, request.body.size);
      return reply.status(204).send();
    },
  );
};
