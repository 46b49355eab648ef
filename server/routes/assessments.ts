import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Assessment, RetrospectiveBody } from '../../contract/assessments.js';
import { IdParams } from '../../contract/common.js';
import * as checkIns from '../services/assessments.js';
import { requireMember } from '../services/authorization.js';
import { errorResponses } from './responses.js';
import type { RouteOptions } from './route-options.js';

const {
  400: badRequest,
  401: unauthenticated,
  403: forbidden,
  404: notFound,
  409: conflict,
} = errorResponses;

export const assessmentRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/api/v1/promises/:id/assessment',
    {
      schema: {
        operationId: 'getAssessment',
        summary: "The customer's assessment with final scores, and both sides' retrospectives",
        tags: ['progress'],
        params: IdParams,
        response: { 200: Assessment, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => checkIns.getAssessment(ctx, requireMember(request.actor), request.params.id),
  );

  app.post(
    '/api/v1/promises/:id/retrospectives',
    {
      schema: {
        operationId: 'writeRetrospective',
        summary: 'The customer or the performer writes what went well and what to change',
        tags: ['progress'],
        params: IdParams,
        body: RetrospectiveBody,
        response: {
          201: Assessment,
          400: badRequest,
          401: unauthenticated,
          403: forbidden,
          404: notFound,
          409: conflict,
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await checkIns.writeRetrospective(
            ctx,
            requireMember(request.actor),
            request.params.id,
            request.body,
          ),
        ),
  );
};
