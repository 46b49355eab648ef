import { IdParams } from '../common.js';
import { PlanningBoard, PlanningBoardQuery } from '../planning-board.js';
import { defineEndpoint } from './endpoint.js';

export const getPlanningBoard = defineEndpoint({
  operationId: 'getPlanningBoard',
  method: 'GET',
  path: '/api/v1/cycles/:id/board',
  summary:
    'The plan as it settles, a page of teams at a time: each against the milestones, late, unreviewed, unanswered',
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  query: PlanningBoardQuery,
  responses: { 200: PlanningBoard },
  errors: [400, 401, 403, 404],
});
