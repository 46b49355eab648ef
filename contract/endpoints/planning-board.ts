import { z } from 'zod';
import { AsOf, IdParams } from '../common.js';
import { PlanningBoard } from '../planning-board.js';
import { defineEndpoint } from './endpoint.js';

export const getPlanningBoard = defineEndpoint({
  operationId: 'getPlanningBoard',
  method: 'GET',
  path: '/api/v1/cycles/:id/board',
  summary: 'The plan as it settles: every team against the milestones, late, unreviewed, unanswered',
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  query: z.object({ at: AsOf.optional() }),
  responses: { 200: PlanningBoard },
  errors: [400, 401, 403, 404],
});
