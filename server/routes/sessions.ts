import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/sessions.js';
import type { ServiceContext } from '../services/context.js';
import { endOtherSessions, endSession, listSessions } from '../services/sessions.js';
import { route } from './route.js';

export function sessionRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.listSessions, async ({ actor }) => listSessions(ctx, actor));

  route(app, endpoints.endSession, async ({ actor, params }) => endSession(ctx, actor, params.id));

  route(app, endpoints.endOtherSessions, async ({ actor }) => endOtherSessions(ctx, actor));
}
