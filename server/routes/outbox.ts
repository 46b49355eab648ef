import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/outbox.js';
import type { ServiceContext } from '../services/context.js';
import { listOutbox, retryOutboxItem } from '../services/outbox.js';
import { route } from './route.js';

export function outboxRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.listOutbox, async ({ actor, query }) => listOutbox(ctx, actor, query));

  route(app, endpoints.retryOutboxItem, async ({ actor, params }) =>
    retryOutboxItem(ctx, actor, params.kind, params.id),
  );
}
