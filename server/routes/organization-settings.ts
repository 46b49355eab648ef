import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/organization-settings.js';
import type { ServiceContext } from '../services/context.js';
import { getOrganizationSettings, updateOrganizationSettings } from '../services/organization-settings.js';
import { route } from './route.js';

export function organizationSettingsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.getOrganizationSettings, async ({ actor }) =>
    getOrganizationSettings(ctx, actor.organizationId),
  );
  route(app, endpoints.updateOrganizationSettings, async ({ actor, body }) =>
    updateOrganizationSettings(ctx, actor, body),
  );
}
