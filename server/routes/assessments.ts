import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/assessments.js';
import * as assessments from '../services/assessments.js';
import type { ServiceContext } from '../services/context.js';
import { route } from './route.js';

export function assessmentRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.getAssessment, async ({ actor, params }) =>
    assessments.getAssessment(ctx, actor, params.id),
  );

  route(app, endpoints.writeRetrospective, async ({ actor, params, body }) =>
    assessments.writeRetrospective(ctx, actor, params.id, body),
  );
}
