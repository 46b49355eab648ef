import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/digest.js';
import type { ServiceContext } from '../services/context.js';
import { previewDigest } from '../services/digest.js';
import { route } from './route.js';

export function digestRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.previewDigest, async ({ actor }) => previewDigest(ctx, actor));
}
