import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contract/common.js';
import {
  AnswerCheckInBody,
  Assessment,
  CheckIn,
  CheckInList,
  CreateCheckInBody,
  Progress,
  RetrospectiveBody,
  UpdateCycleBody,
} from '../../contract/key-results.js';
import { Cycle } from '../../contract/planning.js';
import { CycleReview, Dashboard, DashboardQuery, ReviewQuery } from '../../contract/review.js';
import { requireMember } from '../services/authorization.js';
import * as checkIns from '../services/check-ins.js';
import { updateCycle } from '../services/planning.js';
import { getCycleReview, getDashboard } from '../services/review.js';
import type { RouteOptions } from './index.js';
import { errorResponses } from './responses.js';

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

  app.get(
    '/api/v1/dashboard',
    {
      schema: {
        operationId: 'getDashboard',
        summary: 'A cycle at a glance for the organization, a team or a person',
        tags: ['progress'],
        querystring: DashboardQuery,
        response: { 200: Dashboard, 400: badRequest, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => getDashboard(ctx, requireMember(request.actor), request.query),
  );
};
