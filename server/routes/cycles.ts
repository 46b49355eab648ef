import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contract/common.js';
import {
  CreateCycleBody,
  CreateHorizonBody,
  Cycle,
  CycleList,
  CyclesQuery,
  CycleTimeline,
  Horizon,
  HorizonList,
  MoveCycleBody,
  MovedCycle,
  PlanningSettings,
  UpdateCycleBody,
} from '../../contract/cycles.js';
import { requireMember } from '../services/authorization.js';
import * as planning from '../services/cycles/cycles.js';
import { updateCycle } from '../services/cycles/cycles.js';
import * as timeline from '../services/cycles/timeline.js';
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

export const cycleRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  const member = (request: { actor: Parameters<typeof requireMember>[0] }) => requireMember(request.actor);
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

  app.get(
    '/api/v1/settings/planning',
    {
      schema: {
        operationId: 'getPlanningSettings',
        summary: 'The offsets of the planning timeline, in weeks before a cycle starts',
        tags: ['planning'],
        response: { 200: PlanningSettings, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request) => timeline.getPlanningSettings(ctx, member(request).organizationId),
  );

  app.put(
    '/api/v1/settings/planning',
    {
      schema: {
        operationId: 'updatePlanningSettings',
        summary: 'Change the offsets of the planning timeline (owners and admins)',
        tags: ['planning'],
        body: PlanningSettings,
        response: { 200: PlanningSettings, 400: badRequest, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request) => timeline.updatePlanningSettings(ctx, member(request), request.body),
  );

  app.get(
    '/api/v1/cycles/:id/timeline',
    {
      schema: {
        operationId: 'getCycleTimeline',
        summary: "A cycle's milestones and the record of its moves",
        tags: ['planning'],
        params: IdParams,
        response: { 200: CycleTimeline, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => timeline.getTimeline(ctx, member(request), request.params.id),
  );

  app.post(
    '/api/v1/cycles/:id/transitions',
    {
      schema: {
        operationId: 'moveCycle',
        summary:
          'Move a cycle planning → active (approving the plan) → reviewing → closed (owners and admins)',
        tags: ['planning'],
        params: IdParams,
        body: MoveCycleBody,
        response: { 200: MovedCycle, ...all },
      },
    },
    async (request) => timeline.moveCycleState(ctx, member(request), request.params.id, request.body.to),
  );

  app.patch(
    '/api/v1/cycles/:id',
    {
      schema: {
        operationId: 'updateCycle',
        summary: "Change a cycle's check-in cadence (owners and admins)",
        tags: ['planning'],
        params: IdParams,
        body: UpdateCycleBody,
        response: { 200: Cycle, 400: badRequest, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => updateCycle(ctx, requireMember(request.actor), request.params.id, request.body),
  );
};
