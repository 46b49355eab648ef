import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../contract/common.js';
import { CreatedToken, CreateTokenBody, TokenList } from '../../contract/tokens.js';
import { requireMember } from '../services/authorization.js';
import { createToken, listTokens, revokeToken } from '../services/tokens.js';
import type { RouteOptions } from './index.js';
import { errorResponses } from './responses.js';

export const tokenRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/api/v1/tokens',
    {
      schema: {
        operationId: 'listTokens',
        summary: 'My API tokens in this organization',
        tags: ['tokens'],
        response: { 200: TokenList, 401: errorResponses[401], 403: errorResponses[403] },
      },
    },
    async (request) => ({ tokens: await listTokens(ctx, requireMember(request.actor)) }),
  );

  app.post(
    '/api/v1/tokens',
    {
      schema: {
        operationId: 'createToken',
        summary: 'Create an API token; its secret is shown once',
        tags: ['tokens'],
        body: CreateTokenBody,
        response: {
          201: CreatedToken,
          400: errorResponses[400],
          401: errorResponses[401],
          403: errorResponses[403],
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createToken(ctx, requireMember(request.actor), request.body.name)),
  );

  app.delete(
    '/api/v1/tokens/:id',
    {
      schema: {
        operationId: 'revokeToken',
        summary: 'Revoke one of my API tokens',
        tags: ['tokens'],
        params: IdParams,
        response: {
          204: z.undefined(),
          401: errorResponses[401],
          403: errorResponses[403],
          404: errorResponses[404],
        },
      },
    },
    async (request, reply) => {
      await revokeToken(ctx, requireMember(request.actor), request.params.id);
      return reply.status(204).send();
    },
  );
};
