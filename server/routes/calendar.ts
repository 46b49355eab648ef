import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/calendar.js';
import {
  createCalendarFeed,
  describeCalendarFeed,
  renderCalendarFeed,
  revokeCalendarFeed,
} from '../services/calendar.js';
import type { ServiceContext } from '../services/context.js';
import { route } from './route.js';

export function calendarRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.getCalendarFeed, async ({ actor }) => describeCalendarFeed(ctx, actor));

  route(app, endpoints.createCalendarFeed, async ({ actor }) => createCalendarFeed(ctx, actor));

  route(app, endpoints.revokeCalendarFeed, async ({ actor }) => revokeCalendarFeed(ctx, actor));

  // A string with a content type of its own is sent as it is, not serialized as JSON.
  route(app, endpoints.readCalendarFeed, async ({ params }, reply) => {
    const document = await renderCalendarFeed(ctx, params.secret);
    reply.type('text/calendar; charset=utf-8');
    return document;
  });
}
