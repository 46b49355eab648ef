import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/direction.js';
import type { ServiceContext } from '../services/context.js';
import * as direction from '../services/direction.js';
import { route } from './route.js';

export function directionRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.getDirection, async ({ actor, params }) =>
    direction.getDirection(ctx, actor, params.id),
  );

  route(app, endpoints.saveDirectionDraft, async ({ actor, params, body }) =>
    direction.saveDirectionDraft(ctx, actor, params.id, body.markdown),
  );

  route(app, endpoints.publishDirection, async ({ actor, params }) =>
    direction.publishDirection(ctx, actor, params.id),
  );

  route(app, endpoints.commentOnDirection, async ({ actor, params, body }) =>
    direction.commentOnDirection(ctx, actor, params.id, body),
  );
}
