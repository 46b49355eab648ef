import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/check-ins.js';
import * as checkIns from '../services/check-ins.js';
import type { ServiceContext } from '../services/context.js';
import { route } from './route.js';

export function checkInRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.listCheckIns, async ({ actor, params, query }) =>
    checkIns.listCheckIns(ctx, actor, params.id, query),
  );

  route(app, endpoints.createCheckIn, async ({ actor, params, body }) =>
    checkIns.createCheckIn(ctx, actor, params.id, body),
  );

  route(app, endpoints.answerCheckIn, async ({ actor, params, body }) =>
    checkIns.answerCheckIn(ctx, actor, params.id, body),
  );

  route(app, endpoints.getProgress, async ({ actor, params, query }) =>
    checkIns.getProgress(ctx, actor, params.id, query.at),
  );
}
