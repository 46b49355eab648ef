import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/capacity.js';
import * as capacity from '../services/capacity.js';
import type { ServiceContext } from '../services/context.js';
import { route } from './route.js';

export function capacityRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.getTeamCapacity, async ({ actor, params, query }) =>
    capacity.getTeamCapacity(ctx, actor, params.id, query.cycleId),
  );

  route(app, endpoints.setTeamCapacity, async ({ actor, params, body }) =>
    capacity.setTeamCapacity(ctx, actor, params.id, body),
  );

  route(app, endpoints.setPromiseSize, async ({ actor, params, body }) =>
    capacity.setPromiseSize(ctx, actor, params.id, body.size),
  );
}
