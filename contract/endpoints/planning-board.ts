import { z } from 'zod';
import { IdParams } from '../common.js';
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
  // It takes no parameter: one sent (`?at=`, which it cannot answer yet) is refused, not ignored.
  query: z.object({}),
  responses: { 200: PlanningBoard },
  errors: [400, 401, 403, 404],
});
