import { IdParams } from '../common.js';
import { CycleReview, ReviewQuery } from '../cycle-review.js';
import { defineEndpoint } from './endpoint.js';

export const getCycleReview = defineEndpoint({
  operationId: 'getCycleReview',
  method: 'GET',
  path: '/api/v1/cycles/:id/review',
  summary: 'The end-of-cycle review, for the organization or one team',
  tags: ['progress'],
  access: 'member',
  params: IdParams,
  query: ReviewQuery,
  responses: { 200: CycleReview },
  errors: [400, 401, 403, 404],
});
