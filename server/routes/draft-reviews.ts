import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contract/common.js';
import {
  AnswerQuestionBody,
  AskQuestionBody,
  PromiseReviews,
  RequestReviewBody,
} from '../../contract/draft-reviews.js';
import { requireMember } from '../services/authorization.js';
import * as reviews from '../services/draft-reviews.js';
import { errorResponses } from './responses.js';
import type { RouteOptions } from './route-options.js';

const {
  400: badRequest,
  401: unauthenticated,
  403: forbidden,
  404: notFound,
  409: conflict,
} = errorResponses;
const all = { 400: badRequest, 401: unauthenticated, 403: forbidden, 404: notFound, 409: conflict };

export const draftReviewRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  const member = (request: { actor: Parameters<typeof requireMember>[0] }) => requireMember(request.actor);

  app.get(
    '/api/v1/promises/:id/reviews',
    {
      schema: {
        operationId: 'getReviews',
        summary:
          'Who reviews the promise, their questions, suggested reviewers and whether its round trip is done',
        tags: ['planning'],
        params: IdParams,
        response: { 200: PromiseReviews, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => reviews.getReviews(ctx, member(request), request.params.id),
  );

  app.post(
    '/api/v1/promises/:id/reviews',
    {
      schema: {
        operationId: 'requestReview',
        summary: 'Share a draft or proposal with a reviewer: a peer, supplier or consumer team, a manager',
        tags: ['planning'],
        params: IdParams,
        body: RequestReviewBody,
        response: { 201: PromiseReviews, ...all },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await reviews.requestReview(ctx, member(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/reviews/:id/complete',
    {
      schema: {
        operationId: 'completeReview',
        summary: 'The reviewer marks the review done',
        tags: ['planning'],
        params: IdParams,
        response: { 200: PromiseReviews, ...all },
      },
    },
    async (request) => reviews.completeReview(ctx, member(request), request.params.id),
  );

  app.post(
    '/api/v1/promises/:id/questions',
    {
      schema: {
        operationId: 'askQuestion',
        summary: 'Raise a question the promise’s customer or performer must answer',
        tags: ['planning'],
        params: IdParams,
        body: AskQuestionBody,
        response: { 201: PromiseReviews, ...all },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await reviews.askQuestion(ctx, member(request), request.params.id, request.body.text)),
  );

  app.post(
    '/api/v1/questions/:id/answer',
    {
      schema: {
        operationId: 'answerQuestion',
        summary: 'The customer or performer answers a question',
        tags: ['planning'],
        params: IdParams,
        body: AnswerQuestionBody,
        response: { 200: PromiseReviews, ...all },
      },
    },
    async (request) => reviews.answerQuestion(ctx, member(request), request.params.id, request.body.text),
  );

  app.post(
    '/api/v1/questions/:id/resolve',
    {
      schema: {
        operationId: 'resolveQuestion',
        summary: 'Mark a question resolved',
        tags: ['planning'],
        params: IdParams,
        response: { 200: PromiseReviews, ...all },
      },
    },
    async (request) => reviews.resolveQuestion(ctx, member(request), request.params.id),
  );
};
