import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateOrganizationBody,
  Me,
  OrganizationSummary,
  SwitchOrganizationBody,
} from '../../contract/auth.js';
import { AppError } from '../errors.js';
import { type Actor, createOrganization, describeMe, switchOrganization } from '../services/accounts.js';
import type { RouteOptions } from './index.js';
import { errorResponses } from './responses.js';

export function requirePerson(actor: Actor | undefined): Actor {
  if (!actor)
    throw new AppError('unauthenticated', 'Sign in, or send an API token as Authorization: Bearer <token>');
  return actor;
}

export const meRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/api/v1/me',
    {
      schema: {
        operationId: 'getMe',
        summary: 'Who is signed in, in which organization, and the organizations they belong to',
        tags: ['me'],
        response: { 200: Me, 401: errorResponses[401] },
      },
    },
    async (request) => describeMe(ctx, requirePerson(request.actor)),
  );

  app.put(
    '/api/v1/me/organization',
    {
      schema: {
        operationId: 'switchOrganization',
        summary: 'Switch the organization this session acts in',
        tags: ['me'],
        body: SwitchOrganizationBody,
        response: {
          200: Me,
          400: errorResponses[400],
          401: errorResponses[401],
          403: errorResponses[403],
          404: errorResponses[404],
        },
      },
    },
    async (request) => {
      const actor = requirePerson(request.actor);
      await switchOrganization(ctx, actor, request.body.organizationId);
      return describeMe(ctx, { ...actor, organizationId: request.body.organizationId });
    },
  );

  app.post(
    '/api/v1/organizations',
    {
      schema: {
        operationId: 'createOrganization',
        summary: 'Create another organization, owned by the signed-in person, and switch to it',
        tags: ['me'],
        body: CreateOrganizationBody,
        response: {
          201: OrganizationSummary,
          400: errorResponses[400],
          401: errorResponses[401],
          403: errorResponses[403],
        },
      },
    },
    async (request, reply) => {
      const organization = await createOrganization(ctx, requirePerson(request.actor), request.body.name);
      return reply.status(201).send(organization);
    },
  );
};
