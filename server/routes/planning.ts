import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateCycleBody,
  CreateHorizonBody,
  Cycle,
  CycleList,
  CyclesQuery,
  Horizon,
  HorizonList,
} from '../../contract/planning.js';
import { requireMember } from '../services/authorization.js';
import * as planning from '../services/planning.js';
import type { RouteOptions } from './index.js';
import { errorResponses } from './responses.js';

const {
  400: badRequest,
  401: unauthenticated,
  403: forbidden,
  404: notFound,
  409: conflict,
} = errorResponses;

export const planningRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/api/v1/horizons',
    {
      schema: {
        operationId: 'listHorizons',
        summary: 'The time horizons promises are made on',
        tags: ['planning'],
        response: { 200: HorizonList, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request) => ({ horizons: await planning.listHorizons(ctx, requireMember(request.actor)) }),
  );

  app.post(
    '/api/v1/horizons',
    {
      schema: {
        operationId: 'createHorizon',
        summary: 'Add a custom horizon (owners and admins)',
        tags: ['planning'],
        body: CreateHorizonBody,
        response: { 201: Horizon, 400: badRequest, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await planning.createHorizon(ctx, requireMember(request.actor), request.body)),
  );

  app.get(
    '/api/v1/cycles',
    {
      schema: {
        operationId: 'listCycles',
        summary: 'Planning cycles, by start date',
        tags: ['planning'],
        querystring: CyclesQuery,
        response: { 200: CycleList, 400: badRequest, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request) => ({
      cycles: await planning.listCycles(ctx, requireMember(request.actor), request.query.horizonId),
    }),
  );

  app.post(
    '/api/v1/cycles',
    {
      schema: {
        operationId: 'createCycle',
        summary: 'Add a cycle: within its parent, never overlapping its horizon (owners and admins)',
        tags: ['planning'],
        body: CreateCycleBody,
        response: {
          201: Cycle,
          400: badRequest,
          401: unauthenticated,
          403: forbidden,
          404: notFound,
          409: conflict,
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await planning.createCycle(ctx, requireMember(request.actor), request.body)),
  );
};
