import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/planning-board.js';
import type { ServiceContext } from '../services/context.js';
import { getBoard } from '../services/planning-board.js';
import { route } from './route.js';

export function planningBoardRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.getPlanningBoard, async ({ actor, params, query }) =>
    getBoard(ctx, actor, params.id, query),
  );
}
