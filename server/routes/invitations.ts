import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/invitations.js';
import { setSessionCookies } from '../plugins/authentication.js';
import { switchOrganization } from '../services/accounts.js';
import type { ServiceContext } from '../services/context.js';
import * as invitations from '../services/invitations.js';
import { addressRateLimit } from './auth.js';
import { route } from './route.js';

export function invitationRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.listInvitations, async ({ actor, query }) =>
    invitations.listInvitations(ctx, actor, query),
  );

  route(app, endpoints.invitePerson, async ({ actor, body }) => invitations.inviteMember(ctx, actor, body));

  route(app, endpoints.revokeInvitation, async ({ actor, params }) =>
    invitations.revokeInvitation(ctx, actor, params.id),
  );

  route(app, endpoints.resendInvitation, async ({ actor, body }) =>
    invitations.resendInvitation(ctx, actor, body.id),
  );

  route(app, endpoints.previewInvitation, async ({ params }) =>
    invitations.previewInvitation(ctx, params.token),
  );

  route(
    app,
    endpoints.acceptInvitation,
    async ({ actor, body }, reply) => {
      const signedIn = actor && { personId: actor.personId, email: actor.email };
      const result = await invitations.acceptInvitation(ctx, signedIn, body);
      // A newcomer is signed in; a signed-in person's session moves to the organization they joined.
      if (result.session) setSessionCookies(reply, result.session, ctx.config.secureCookies);
      else if (actor?.sessionId) await switchOrganization(ctx, actor, result.organizationId);
      return { organizationId: result.organizationId };
    },
    // Guessing invitation tokens from one address is limited with signing in and up.
    { preHandler: [addressRateLimit(ctx, ctx.config.addressRateLimit)] },
  );
}
