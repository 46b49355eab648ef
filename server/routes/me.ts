import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/me.js';
import { createOrganization, describeMe, switchOrganization } from '../services/accounts.js';
import type { ServiceContext } from '../services/context.js';
import { route } from './route.js';

export function meRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.getMe, async ({ actor }) => describeMe(ctx, actor));

  route(app, endpoints.switchOrganization, async ({ actor, body }) => {
    await switchOrganization(ctx, actor, body.organizationId);
    return describeMe(ctx, { ...actor, organizationId: body.organizationId });
  });

  route(app, endpoints.createOrganization, async ({ actor, body }) =>
    createOrganization(ctx, actor, body.name),
  );
}
