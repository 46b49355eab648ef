import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contract/common.js';
import {
  CreateTeamBody,
  PutTeamMemberBody,
  Team,
  TeamList,
  TeamMemberParams,
  TeamsQuery,
  UpdateTeamBody,
} from '../../contract/teams.js';
import { requireMember } from '../services/authorization.js';
import * as teams from '../services/teams.js';
import { errorResponses } from './responses.js';
import type { RouteOptions } from './route-options.js';

const {
  400: badRequest,
  401: unauthenticated,
  403: forbidden,
  404: notFound,
  409: conflict,
} = errorResponses;

export const teamRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/api/v1/teams',
    {
      schema: {
        operationId: 'listTeams',
        summary: 'Teams of the organization, with their members',
        tags: ['teams'],
        querystring: TeamsQuery,
        response: { 200: TeamList, 400: badRequest, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request) => ({
      teams: await teams.listTeams(ctx, requireMember(request.actor), request.query.archived),
    }),
  );

  app.post(
    '/api/v1/teams',
    {
      schema: {
        operationId: 'createTeam',
        summary: 'Create a team (owners and admins)',
        tags: ['teams'],
        body: CreateTeamBody,
        response: { 201: Team, 400: badRequest, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await teams.createTeam(ctx, requireMember(request.actor), request.body)),
  );

  app.get(
    '/api/v1/teams/:id',
    {
      schema: {
        operationId: 'getTeam',
        summary: 'One team with its members',
        tags: ['teams'],
        params: IdParams,
        response: { 200: Team, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => teams.getTeam(ctx, requireMember(request.actor), request.params.id),
  );

  app.patch(
    '/api/v1/teams/:id',
    {
      schema: {
        operationId: 'updateTeam',
        summary: 'Rename, describe, archive or restore a team (owners and admins)',
        tags: ['teams'],
        params: IdParams,
        body: UpdateTeamBody,
        response: {
          200: Team,
          400: badRequest,
          401: unauthenticated,
          403: forbidden,
          404: notFound,
          409: conflict,
        },
      },
    },
    async (request) => teams.updateTeam(ctx, requireMember(request.actor), request.params.id, request.body),
  );

  app.delete(
    '/api/v1/teams/:id',
    {
      schema: {
        operationId: 'archiveTeam',
        summary: 'Archive a team; it keeps everything and can be restored',
        tags: ['teams'],
        params: IdParams,
        response: { 200: Team, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => teams.archiveTeam(ctx, requireMember(request.actor), request.params.id),
  );

  app.put(
    '/api/v1/teams/:id/members/:personId',
    {
      schema: {
        operationId: 'putTeamMember',
        summary: 'Add a member to a team, or change whether they lead it',
        tags: ['teams'],
        params: TeamMemberParams,
        body: PutTeamMemberBody,
        response: {
          200: Team,
          400: badRequest,
          401: unauthenticated,
          403: forbidden,
          404: notFound,
          409: conflict,
        },
      },
    },
    async (request) =>
      teams.putTeamMember(
        ctx,
        requireMember(request.actor),
        request.params.id,
        request.params.personId,
        request.body.isLead,
      ),
  );

  app.delete(
    '/api/v1/teams/:id/members/:personId',
    {
      schema: {
        operationId: 'removeTeamMember',
        summary: 'Remove a member from a team',
        tags: ['teams'],
        params: TeamMemberParams,
        response: { 200: Team, 401: unauthenticated, 403: forbidden, 404: notFound, 409: conflict },
      },
    },
    async (request) =>
      teams.removeTeamMember(ctx, requireMember(request.actor), request.params.id, request.params.personId),
  );
};
