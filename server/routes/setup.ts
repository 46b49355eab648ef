import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/setup.js';
import { loadDemo } from '../demo/load-demo.js';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, demoPeople } from '../demo/organization.js';
import { AppError } from '../errors.js';
import type { ServiceContext } from '../services/context.js';
import { getJob, startJob } from '../services/jobs.js';
import * as organizations from '../store/organizations.js';
import { route } from './route.js';

export function setupRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.health, async () => {
    await organizations.countOrganizations(ctx.db);
    return { status: 'ok' as const, database: ctx.dialect.engine };
  });

  route(app, endpoints.getSetupStatus, async () => ({
    needsSetup: (await organizations.countOrganizations(ctx.db)) === 0,
    signup: ctx.config.signup,
  }));

  route(app, endpoints.getDemoCredentials, async () => ({
    organizationName: DEMO_ORGANIZATION,
    password: DEMO_PASSWORD,
    people: demoPeople.map(({ name, email, title }) => ({ name, email, title })),
  }));

  route(app, endpoints.loadDemo, async () => {
    // Only on first run: on a running instance, anyone could otherwise add accounts with a known password.
    if ((await organizations.countOrganizations(ctx.db)) > 0) {
      throw new AppError('conflict', 'This instance is set up already; load the demo with `npm run demo`');
    }
    return startJob(ctx, { kind: 'demo', organizationId: null }, (report) => loadDemo(ctx, report));
  });

  route(app, endpoints.getJob, async ({ actor, params }) =>
    getJob(ctx, params.id, actor?.organizationId ?? null),
  );
}
