import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/accountability.js';
import { getAccountability, getTeamAccountability } from '../services/accountability.js';
import type { ServiceContext } from '../services/context.js';
import { route } from './route.js';

export function accountabilityRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.getAccountability, async ({ actor, query }) => getAccountability(ctx, actor, query));
  route(app, endpoints.getTeamAccountability, async ({ actor, params, query }) =>
    getTeamAccountability(ctx, actor, { ...query, teamId: params.teamId }),
  );
}
