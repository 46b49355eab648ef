import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/cycle-review.js';
import type { ServiceContext } from '../services/context.js';
import { getCycleReview } from '../services/cycle-review.js';
import { route } from './route.js';

export function cycleReviewRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.getCycleReview, async ({ actor, params, query }) =>
    getCycleReview(ctx, actor, params.id, query),
  );
}
