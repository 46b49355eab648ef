import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/teams.js';
import type { ServiceContext } from '../services/context.js';
import * as teams from '../services/teams.js';
import { route } from './route.js';

export function teamRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.listTeams, async ({ actor, query }) => teams.listTeams(ctx, actor, query));

  route(app, endpoints.createTeam, async ({ actor, body }) => teams.createTeam(ctx, actor, body));

  route(app, endpoints.getTeam, async ({ actor, params }) => teams.getTeam(ctx, actor, params.id));

  route(app, endpoints.updateTeam, async ({ actor, params, body }) =>
    teams.updateTeam(ctx, actor, params.id, body),
  );

  route(app, endpoints.archiveTeam, async ({ actor, params }) => teams.archiveTeam(ctx, actor, params.id));

  route(app, endpoints.putTeamMember, async ({ actor, params, body }) =>
    teams.putTeamMember(ctx, actor, params.id, params.personId, body.isLead),
  );

  route(app, endpoints.removeTeamMember, async ({ actor, params }) =>
    teams.removeTeamMember(ctx, actor, params.id, params.personId),
  );
}
