import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contract/common.js';
import {
  CreatePromiseBody,
  MoveBody,
  PromiseDetail,
  PromiseList,
  PromiseQuery,
  PromisesQuery,
  ReviseDraftBody,
} from '../../contract/promises.js';
import { requireMember } from '../services/authorization.js';
import { createPromise } from '../services/promises/create-promise.js';
import { makeMove } from '../services/promises/make-move.js';
import { getPromise, listPromises } from '../services/promises/read-promise.js';
import { reviseDraft } from '../services/promises/revise-draft.js';
import { errorResponses } from './responses.js';
import type { RouteOptions } from './route-options.js';

const {
  400: badRequest,
  401: unauthenticated,
  403: forbidden,
  404: notFound,
  409: conflict,
} = errorResponses;

export const promiseRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/api/v1/promises',
    {
      schema: {
        operationId: 'listPromises',
        summary: 'Promises, filtered by cycle, horizon, party, status, phase and tag',
        tags: ['promises'],
        querystring: PromisesQuery,
        response: { 200: PromiseList, 400: badRequest, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request) => listPromises(ctx, requireMember(request.actor), request.query),
  );

  app.post(
    '/api/v1/promises',
    {
      schema: {
        operationId: 'createPromise',
        summary: 'Make a promise: as a request (I am the customer), an offer (I am the performer) or a draft',
        tags: ['promises'],
        body: CreatePromiseBody,
        response: {
          201: PromiseDetail,
          400: badRequest,
          401: unauthenticated,
          403: forbidden,
          404: notFound,
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPromise(ctx, requireMember(request.actor), request.body)),
  );

  app.get(
    '/api/v1/promises/:id',
    {
      schema: {
        operationId: 'getPromise',
        summary:
          'A promise with its phase, terms, pending proposal and whole history; ?at= shows it as it stood then',
        tags: ['promises'],
        params: IdParams,
        querystring: PromiseQuery,
        response: {
          200: PromiseDetail,
          400: badRequest,
          401: unauthenticated,
          403: forbidden,
          404: notFound,
        },
      },
    },
    async (request) => getPromise(ctx, requireMember(request.actor), request.params.id, request.query.at),
  );

  app.patch(
    '/api/v1/promises/:id',
    {
      schema: {
        operationId: 'reviseDraft',
        summary: 'Edit a draft before it is opened (the drafting side)',
        tags: ['promises'],
        params: IdParams,
        body: ReviseDraftBody,
        response: {
          200: PromiseDetail,
          400: badRequest,
          401: unauthenticated,
          403: forbidden,
          404: notFound,
          409: conflict,
        },
      },
    },
    async (request) => reviseDraft(ctx, requireMember(request.actor), request.params.id, request.body),
  );

  app.post(
    '/api/v1/promises/:id/moves',
    {
      schema: {
        operationId: 'makeMove',
        summary:
          'Make a move in the conversation: request, offer, counter, promise, decline, report-complete…',
        tags: ['promises'],
        params: IdParams,
        body: MoveBody,
        response: {
          201: PromiseDetail,
          400: badRequest,
          401: unauthenticated,
          403: forbidden,
          404: notFound,
          409: conflict,
        },
      },
    },
    async (request, reply) => {
      const actor = requireMember(request.actor);
      await makeMove(ctx, actor, request.params.id, request.body);
      return reply.status(201).send(await getPromise(ctx, actor, request.params.id));
    },
  );
};
