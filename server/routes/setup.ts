import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/setup.js';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, demoPeople } from '../demo/organization.js';
import type { ServiceContext } from '../services/context.js';
import { getJob } from '../services/jobs.js';
import { checkHealth, checkReadiness, loadDemoOnFirstRun, setupStatus } from '../services/setup.js';
import { route } from './route.js';

export function setupRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.health, async () => checkHealth(ctx));

  route(app, endpoints.ready, async () => checkReadiness(ctx));

  route(app, endpoints.getSetupStatus, async () => setupStatus(ctx));

  route(app, endpoints.getDemoCredentials, async () => ({
    organizationName: DEMO_ORGANIZATION,
    password: DEMO_PASSWORD,
    people: demoPeople.map(({ name, email, title }) => ({ name, email, title })),
  }));

  route(app, endpoints.loadDemo, async () => loadDemoOnFirstRun(ctx));

  route(app, endpoints.getJob, async ({ actor, params }) =>
    getJob(ctx, params.id, actor?.organizationId ?? null),
  );
}
