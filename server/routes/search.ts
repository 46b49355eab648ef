import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/search.js';
import type { ServiceContext } from '../services/context.js';
import { deleteView, listViews, saveView, search } from '../services/search.js';
import { route } from './route.js';

export function searchRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.search, async ({ actor, query }) => search(ctx, actor, query));

  route(app, endpoints.listViews, async ({ actor }) => listViews(ctx, actor));

  route(app, endpoints.saveView, async ({ actor, body }) => saveView(ctx, actor, body));

  route(app, endpoints.deleteView, async ({ actor, params }) => deleteView(ctx, actor, params.id));
}
