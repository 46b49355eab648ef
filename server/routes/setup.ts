import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contract/common.js';
import { DemoCredentials, Health, Job, SetupStatus } from '../../contract/setup.js';
import { loadDemo } from '../demo/load-demo.js';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, demoPeople } from '../demo/organization.js';
import { AppError } from '../errors.js';
import { getJob, startJob } from '../services/jobs.js';
import * as organizations from '../store/organizations.js';
import type { RouteOptions } from './index.js';
import { errorResponses, publicSecurity } from './responses.js';

export const setupRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/api/health',
    {
      schema: {
        operationId: 'health',
        summary: 'Whether the server and its database answer',
        tags: ['setup'],
        security: publicSecurity,
        response: { 200: Health },
      },
    },
    async () => {
      await organizations.countOrganizations(ctx.db);
      return { status: 'ok' as const, database: ctx.dialect.engine };
    },
  );

  app.get(
    '/api/v1/setup',
    {
      schema: {
        operationId: 'getSetupStatus',
        summary: 'Whether this instance still needs its first organization',
        tags: ['setup'],
        security: publicSecurity,
        response: { 200: SetupStatus },
      },
    },
    async () => ({
      needsSetup: (await organizations.countOrganizations(ctx.db)) === 0,
      signup: ctx.config.signup,
    }),
  );

  app.get(
    '/api/v1/setup/demo',
    {
      schema: {
        operationId: 'getDemoCredentials',
        summary: 'Who to sign in as in the demo organization',
        tags: ['setup'],
        security: publicSecurity,
        response: { 200: DemoCredentials },
      },
    },
    async () => ({
      organizationName: DEMO_ORGANIZATION,
      password: DEMO_PASSWORD,
      people: demoPeople.map(({ name, email, title }) => ({ name, email, title })),
    }),
  );

  app.post(
    '/api/v1/setup/demo',
    {
      schema: {
        operationId: 'loadDemo',
        summary: 'Load the demo organization on a new instance; poll the job for progress',
        tags: ['setup'],
        security: publicSecurity,
        response: { 202: Job, 409: errorResponses[409] },
      },
    },
    async (_request, reply) => {
      // Only on first run: on a running instance, anyone could otherwise add accounts with a known password.
      if ((await organizations.countOrganizations(ctx.db)) > 0) {
        throw new AppError('conflict', 'This instance is set up already; load the demo with `npm run demo`');
      }
      const job = await startJob(ctx, { kind: 'demo', organizationId: null }, (report) =>
        loadDemo(ctx, report),
      );
      return reply.status(202).send(job);
    },
  );

  app.get(
    '/api/v1/jobs/:id',
    {
      schema: {
        operationId: 'getJob',
        summary: 'Progress of a long-running job',
        tags: ['setup'],
        security: publicSecurity,
        params: IdParams,
        response: { 200: Job, 404: errorResponses[404] },
      },
    },
    async (request) => getJob(ctx, request.params.id, request.actor?.organizationId ?? null),
  );
};
