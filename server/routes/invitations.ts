import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../contract/common.js';
import {
  AcceptInvitationBody,
  CreatedInvitation,
  CreateInvitationBody,
  InvitationList,
  InvitationPreview,
  InvitationToken,
} from '../../contract/invitations.js';
import { setSessionCookies } from '../plugins/authentication.js';
import { switchOrganization } from '../services/accounts.js';
import { requireMember } from '../services/authorization.js';
import * as invitations from '../services/invitations.js';
import { errorResponses, publicSecurity } from './responses.js';
import type { RouteOptions } from './route-options.js';

const {
  400: badRequest,
  401: unauthenticated,
  403: forbidden,
  404: notFound,
  409: conflict,
} = errorResponses;

export const invitationRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/api/v1/invitations',
    {
      schema: {
        operationId: 'listInvitations',
        summary: 'Invitations of the organization (owners and admins)',
        tags: ['invitations'],
        response: { 200: InvitationList, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request) => ({
      invitations: await invitations.listInvitations(ctx, requireMember(request.actor)),
    }),
  );

  app.post(
    '/api/v1/invitations',
    {
      schema: {
        operationId: 'invitePerson',
        summary: 'Invite a person by email; the link is returned to pass on',
        tags: ['invitations'],
        body: CreateInvitationBody,
        response: {
          201: CreatedInvitation,
          400: badRequest,
          401: unauthenticated,
          403: forbidden,
          409: conflict,
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await invitations.inviteMember(ctx, requireMember(request.actor), request.body)),
  );

  app.delete(
    '/api/v1/invitations/:id',
    {
      schema: {
        operationId: 'revokeInvitation',
        summary: 'Revoke a pending invitation',
        tags: ['invitations'],
        params: IdParams,
        response: { 204: z.undefined(), 401: unauthenticated, 403: forbidden, 404: notFound, 409: conflict },
      },
    },
    async (request, reply) => {
      await invitations.revokeInvitation(ctx, requireMember(request.actor), request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/invitations/preview/:token',
    {
      schema: {
        operationId: 'previewInvitation',
        summary: 'What an invitation link invites to',
        tags: ['invitations'],
        security: publicSecurity,
        params: z.object({ token: InvitationToken }),
        response: { 200: InvitationPreview, 404: notFound, 409: conflict },
      },
    },
    async (request) => invitations.previewInvitation(ctx, request.params.token),
  );

  app.post(
    '/api/v1/invitations/accept',
    {
      schema: {
        operationId: 'acceptInvitation',
        summary: 'Accept an invitation, signed in or by creating an account',
        tags: ['invitations'],
        security: publicSecurity,
        body: AcceptInvitationBody,
        response: {
          200: z.object({ organizationId: z.string() }),
          400: badRequest,
          403: forbidden,
          404: notFound,
          409: conflict,
        },
      },
    },
    async (request, reply) => {
      const signedIn = request.actor && { personId: request.actor.personId, email: request.actor.email };
      const result = await invitations.acceptInvitation(ctx, signedIn, request.body);
      if (result.session) setSessionCookies(reply, result.session, ctx.config.secureCookies);
      else if (request.actor?.sessionId) {
        await switchOrganization(ctx, request.actor, result.organizationId);
      }
      return { organizationId: result.organizationId };
    },
  );
};
