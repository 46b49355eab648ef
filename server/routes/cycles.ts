import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/cycles.js';
import type { ServiceContext } from '../services/context.js';
import * as cycles from '../services/cycles/cycles.js';
import * as editing from '../services/cycles/edit-cycle.js';
import * as timeline from '../services/cycles/timeline.js';
import { route } from './route.js';

export function cycleRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.listHorizons, async ({ actor, query }) => cycles.listHorizons(ctx, actor, query));

  route(app, endpoints.createHorizon, async ({ actor, body }) => cycles.createHorizon(ctx, actor, body));

  route(app, endpoints.listCycles, async ({ actor, query: { horizonId, archived, ...page } }) =>
    cycles.listCycles(ctx, actor, { horizonId, archived }, page),
  );

  route(app, endpoints.createCycle, async ({ actor, body }) => cycles.createCycle(ctx, actor, body));

  route(app, endpoints.getPlanningSettings, async ({ actor }) =>
    timeline.getPlanningSettings(ctx, actor.organizationId),
  );

  route(app, endpoints.updatePlanningSettings, async ({ actor, body }) =>
    timeline.updatePlanningSettings(ctx, actor, body),
  );

  route(app, endpoints.getCycleTimeline, async ({ actor, params, query }) =>
    timeline.getTimeline(ctx, actor, params.id, query),
  );

  route(app, endpoints.moveCycle, async ({ actor, params, body }) =>
    timeline.moveCycleState(ctx, actor, params.id, body.to),
  );

  route(app, endpoints.updateCycle, async ({ actor, params, body }) =>
    editing.updateCycle(ctx, actor, params.id, body),
  );

  route(app, endpoints.deleteCycle, async ({ actor, params }) => editing.deleteCycle(ctx, actor, params.id));
}
