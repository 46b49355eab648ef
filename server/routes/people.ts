import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../contract/common.js';
import { PeopleQuery, Person, PersonList, UpdateMemberBody } from '../../contract/people.js';
import { requireMember } from '../services/authorization.js';
import * as people from '../services/people.js';
import { errorResponses } from './responses.js';
import type { RouteOptions } from './route-options.js';

const {
  400: badRequest,
  401: unauthenticated,
  403: forbidden,
  404: notFound,
  409: conflict,
} = errorResponses;

export const peopleRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/api/v1/people',
    {
      schema: {
        operationId: 'listPeople',
        summary: 'Members of the organization with their role and teams',
        tags: ['people'],
        querystring: PeopleQuery,
        response: { 200: PersonList, 400: badRequest, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request) => ({
      people: await people.listPeople(ctx, requireMember(request.actor), request.query.q),
    }),
  );

  app.get(
    '/api/v1/people/:id',
    {
      schema: {
        operationId: 'getPerson',
        summary: 'One member of the organization',
        tags: ['people'],
        params: IdParams,
        response: { 200: Person, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => people.getPerson(ctx, requireMember(request.actor), request.params.id),
  );

  app.patch(
    '/api/v1/members/:id',
    {
      schema: {
        operationId: 'changeMemberRole',
        summary: "Change a member's role (owners and admins; only owners touch ownership)",
        tags: ['people'],
        params: IdParams,
        body: UpdateMemberBody,
        response: {
          200: Person,
          400: badRequest,
          401: unauthenticated,
          403: forbidden,
          404: notFound,
          409: conflict,
        },
      },
    },
    async (request) =>
      people.changeRole(ctx, requireMember(request.actor), request.params.id, request.body.role),
  );

  app.delete(
    '/api/v1/members/:id',
    {
      schema: {
        operationId: 'removeMember',
        summary: 'Remove a member from the organization; what they did stays in the history',
        tags: ['people'],
        params: IdParams,
        response: { 204: z.undefined(), 401: unauthenticated, 403: forbidden, 404: notFound, 409: conflict },
      },
    },
    async (request, reply) => {
      await people.removeMember(ctx, requireMember(request.actor), request.params.id);
      return reply.status(204).send();
    },
  );
};
