import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contract/common.js';
import { PlanningBoard } from '../../contract/planning-board.js';
import { requireMember } from '../services/authorization.js';
import { getBoard } from '../services/planning-board.js';
import { errorResponses } from './responses.js';
import type { RouteOptions } from './route-options.js';

const { 401: unauthenticated, 403: forbidden, 404: notFound } = errorResponses;

export const planningBoardRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  const member = (request: { actor: Parameters<typeof requireMember>[0] }) => requireMember(request.actor);

  app.get(
    '/api/v1/cycles/:id/board',
    {
      schema: {
        operationId: 'getPlanningBoard',
        summary: 'The plan as it settles: every team against the milestones, late, unreviewed, unanswered',
        tags: ['planning'],
        params: IdParams,
        response: { 200: PlanningBoard, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => getBoard(ctx, member(request), request.params.id),
  );
};
