import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/alignment.js';
import * as alignment from '../services/alignment.js';
import type { ServiceContext } from '../services/context.js';
import { route } from './route.js';

export function alignmentRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.createContribution, async ({ actor, body }) =>
    alignment.createContribution(ctx, actor, body),
  );

  route(app, endpoints.deleteContribution, async ({ actor, params }) =>
    alignment.deleteContribution(ctx, actor, params.id),
  );

  route(app, endpoints.createDependency, async ({ actor, body }) =>
    alignment.createDependency(ctx, actor, body),
  );

  route(app, endpoints.deleteDependency, async ({ actor, params }) =>
    alignment.deleteDependency(ctx, actor, params.id),
  );

  route(app, endpoints.answerDependency, async ({ actor, params, body }) =>
    alignment.answerDependency(ctx, actor, params.id, body),
  );
}
