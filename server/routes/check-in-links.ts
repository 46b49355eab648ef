import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/check-in-links.js';
import { checkInByLink, readCheckInLink } from '../services/check-in-links.js';
import type { ServiceContext } from '../services/context.js';
import { route } from './route.js';

export function checkInLinkRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.readCheckInLink, async ({ params }) => readCheckInLink(ctx, params.token));

  route(app, endpoints.checkInByLink, async ({ params, body }) => checkInByLink(ctx, params.token, body));
}
