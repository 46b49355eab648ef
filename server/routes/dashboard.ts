import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/dashboard.js';
import type { ServiceContext } from '../services/context.js';
import { getDashboard } from '../services/dashboard.js';
import { route } from './route.js';

export function dashboardRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.getDashboard, async ({ actor, query }) => getDashboard(ctx, actor, query));
}
