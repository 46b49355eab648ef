import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/people.js';
import type { ServiceContext } from '../services/context.js';
import * as people from '../services/people.js';
import { route } from './route.js';

export function peopleRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.listPeople, async ({ actor, query }) => people.listPeople(ctx, actor, query));

  route(app, endpoints.getPerson, async ({ actor, params }) => people.getPerson(ctx, actor, params.id));

  route(app, endpoints.changeMemberRole, async ({ actor, params, body }) =>
    people.changeRole(ctx, actor, params.id, body.role),
  );

  route(app, endpoints.removeMember, async ({ actor, params }) => people.removeMember(ctx, actor, params.id));
}
