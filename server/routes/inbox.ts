import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/inbox.js';
import type { ServiceContext } from '../services/context.js';
import { getInbox } from '../services/inbox.js';
import { route } from './route.js';

export function inboxRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.getInbox, async ({ actor, query }) => getInbox(ctx, actor, query.limit, query.sort));
}
