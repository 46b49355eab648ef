import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AnswerCheckInBody,
  CheckIn,
  CheckInList,
  CreateCheckInBody,
  Progress,
} from '../../contract/check-ins.js';
import { IdParams } from '../../contract/common.js';
import { requireMember } from '../services/authorization.js';
import * as checkIns from '../services/check-ins.js';
import { errorResponses } from './responses.js';
import type { RouteOptions } from './route-options.js';

const {
  400: badRequest,
  401: unauthenticated,
  403: forbidden,
  404: notFound,
  409: conflict,
} = errorResponses;

export const checkInRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/api/v1/promises/:id/check-ins',
    {
      schema: {
        operationId: 'listCheckIns',
        summary: "A promise's check-ins, oldest first, with the customer's answers",
        tags: ['progress'],
        params: IdParams,
        response: { 200: CheckInList, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => ({
      checkIns: await checkIns.listCheckIns(ctx, requireMember(request.actor), request.params.id),
    }),
  );

  app.post(
    '/api/v1/promises/:id/check-ins',
    {
      schema: {
        operationId: 'createCheckIn',
        summary: 'The performer records values, confidence, status, a note and blockers (append-only)',
        tags: ['progress'],
        params: IdParams,
        body: CreateCheckInBody,
        response: {
          201: CheckIn,
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
          await checkIns.createCheckIn(ctx, requireMember(request.actor), request.params.id, request.body),
        ),
  );

  app.post(
    '/api/v1/check-ins/:id/answers',
    {
      schema: {
        operationId: 'answerCheckIn',
        summary: 'The customer acknowledges, comments on or offers help with a check-in',
        tags: ['progress'],
        params: IdParams,
        body: AnswerCheckInBody,
        response: { 201: CheckIn, 400: badRequest, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await checkIns.answerCheckIn(ctx, requireMember(request.actor), request.params.id, request.body),
        ),
  );

  app.get(
    '/api/v1/promises/:id/progress',
    {
      schema: {
        operationId: 'getProgress',
        summary: 'Key results with their values over time, the score, the roll-up and check-in timing',
        tags: ['progress'],
        params: IdParams,
        response: { 200: Progress, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => checkIns.getProgress(ctx, requireMember(request.actor), request.params.id),
  );
};
