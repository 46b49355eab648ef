import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contract/common.js';
import { CommentDirectionBody, DirectionDocument, SaveDirectionBody } from '../../contract/direction.js';
import { requireMember } from '../services/authorization.js';
import * as direction from '../services/direction.js';
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

export const directionRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  const member = (request: { actor: Parameters<typeof requireMember>[0] }) => requireMember(request.actor);

  app.get(
    '/api/v1/cycles/:id/direction',
    {
      schema: {
        operationId: 'getDirection',
        summary: "The cycle's direction document: published versions, comments, and the draft for leadership",
        tags: ['planning'],
        params: IdParams,
        response: { 200: DirectionDocument, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => direction.getDirection(ctx, member(request), request.params.id),
  );

  app.put(
    '/api/v1/cycles/:id/direction',
    {
      schema: {
        operationId: 'saveDirectionDraft',
        summary: 'Save the draft of the direction document (leadership)',
        tags: ['planning'],
        params: IdParams,
        body: SaveDirectionBody,
        response: { 200: DirectionDocument, ...all },
      },
    },
    async (request) =>
      direction.saveDirectionDraft(ctx, member(request), request.params.id, request.body.markdown),
  );

  app.post(
    '/api/v1/cycles/:id/direction/publish',
    {
      schema: {
        operationId: 'publishDirection',
        summary: 'Publish the draft as a new version; every version is kept (leadership)',
        tags: ['planning'],
        params: IdParams,
        response: { 201: DirectionDocument, ...all },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await direction.publishDirection(ctx, member(request), request.params.id)),
  );

  app.post(
    '/api/v1/cycles/:id/direction/comments',
    {
      schema: {
        operationId: 'commentOnDirection',
        summary: 'Comment on the published direction',
        tags: ['planning'],
        params: IdParams,
        body: CommentDirectionBody,
        response: { 201: DirectionDocument, ...all },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await direction.commentOnDirection(ctx, member(request), request.params.id, request.body)),
  );
};
