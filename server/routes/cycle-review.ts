import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contract/common.js';
import { CycleReview, ReviewQuery } from '../../contract/cycle-review.js';
import { requireMember } from '../services/authorization.js';
import { getCycleReview } from '../services/cycle-review.js';
import { errorResponses } from './responses.js';
import type { RouteOptions } from './route-options.js';

const { 400: badRequest, 401: unauthenticated, 403: forbidden, 404: notFound } = errorResponses;

export const cycleReviewRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/api/v1/cycles/:id/review',
    {
      schema: {
        operationId: 'getCycleReview',
        summary: 'The end-of-cycle review, for the organization or one team',
        tags: ['progress'],
        params: IdParams,
        querystring: ReviewQuery,
        response: { 200: CycleReview, 400: badRequest, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) =>
      getCycleReview(ctx, requireMember(request.actor), request.params.id, request.query.teamId),
  );
};
