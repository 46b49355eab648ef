import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AnswerDependencyBody,
  Contribution,
  CreateContributionBody,
  CreateDependencyBody,
  Dependency,
} from '../../contract/alignment.js';
import { IdParams } from '../../contract/common.js';
import * as links from '../services/alignment.js';
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

export const alignmentRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.post(
    '/api/v1/contributions',
    {
      schema: {
        operationId: 'createContribution',
        summary: 'Say that one promise contributes to another running at the same time',
        tags: ['alignment'],
        body: CreateContributionBody,
        response: {
          201: Contribution,
          400: badRequest,
          401: unauthenticated,
          403: forbidden,
          404: notFound,
          409: conflict,
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await links.createContribution(ctx, requireMember(request.actor), request.body)),
  );

  app.delete(
    '/api/v1/contributions/:id',
    {
      schema: {
        operationId: 'deleteContribution',
        summary: 'Remove a contribution',
        tags: ['alignment'],
        params: IdParams,
        response: { 204: z.undefined(), 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request, reply) => {
      await links.deleteContribution(ctx, requireMember(request.actor), request.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/dependencies',
    {
      schema: {
        operationId: 'createDependency',
        summary: 'Say that a promise needs another promise, or a team that has not promised yet',
        tags: ['alignment'],
        body: CreateDependencyBody,
        response: { 201: Dependency, 400: badRequest, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await links.createDependency(ctx, requireMember(request.actor), request.body)),
  );

  app.post(
    '/api/v1/dependencies/:id/answer',
    {
      schema: {
        operationId: 'answerDependency',
        summary: 'The supplier acknowledges or declines a dependency',
        tags: ['alignment'],
        params: IdParams,
        body: AnswerDependencyBody,
        response: {
          200: Dependency,
          400: badRequest,
          401: unauthenticated,
          403: forbidden,
          404: notFound,
          409: conflict,
        },
      },
    },
    async (request) =>
      links.answerDependency(ctx, requireMember(request.actor), request.params.id, request.body),
  );
};
