import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/tokens.js';
import type { ServiceContext } from '../services/context.js';
import { createToken, listTokens, revokeToken } from '../services/tokens.js';
import { route } from './route.js';

export function tokenRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.listTokens, async ({ actor, query }) => listTokens(ctx, actor, query));

  route(app, endpoints.createToken, async ({ actor, body }) => createToken(ctx, actor, body.name));

  route(app, endpoints.revokeToken, async ({ actor, params }) => revokeToken(ctx, actor, params.id));
}
