import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/findings.js';
import type { ServiceContext } from '../services/context.js';
import { dismissFinding, listFindings, undoFindingDismissal } from '../services/findings/findings.js';
import { route } from './route.js';

export function findingRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.listFindings, async ({ actor, query }) => listFindings(ctx, actor, query));

  route(app, endpoints.dismissFinding, async ({ actor, params, body }) =>
    dismissFinding(ctx, actor, params.key, body.reason),
  );

  route(app, endpoints.undoFindingDismissal, async ({ actor, params }) =>
    undoFindingDismissal(ctx, actor, params.key),
  );
}
