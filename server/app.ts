import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { createScheduler, JOBS, type Job } from './jobs/index.js';
import type { Metrics } from './observability/metrics.js';
import { registerAuthentication } from './plugins/authentication.js';
import { registerCompression } from './plugins/compression.js';
import { registerConditionalGet } from './plugins/conditional-get.js';
import { registerErrorHandling } from './plugins/errors.js';
import { edgeErrorOptions, registerHostileInputGuard } from './plugins/hostile-input.js';
import { registerMetrics } from './plugins/metrics.js';
import { registerOpenApi, serveOpenApiDocument } from './plugins/openapi.js';
import { databaseRateLimitStore } from './plugins/rate-limit-store.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { responseSerializerCompiler } from './plugins/serialization.js';
import { serveWebApp } from './plugins/web-app.js';
import { registerRoutes } from './routes/index.js';
import type { ServiceContext } from './services/context.js';
import { type FindingsRefresher, startFindingsRefresher } from './services/findings/refresher.js';
import { createDeliveryWorker } from './services/webhooks/delivery.js';

export const BODY_LIMIT = 1024 * 1024;

export async function buildApp(
  ctx: ServiceContext,
  options: {
    logger: FastifyBaseLogger;
    jobs?: readonly Job[];
    /** Given when metrics are on; served at /metrics here unless `config.metrics` names a port of their own. */
    metrics?: Metrics;
  },
): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger,
    bodyLimit: BODY_LIMIT,
    trustProxy: process.env.ACCORD_TRUST_PROXY === 'true',
    ...edgeErrorOptions,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler(ctx.config.checkResponses));
  registerErrorHandling(app);
  registerHostileInputGuard(app);
  // Before any route: compression attaches itself to each route as the route is added.
  await registerCompression(app);
  registerConditionalGet(app);
  if (options.metrics) {
    registerMetrics(app, options.metrics, { serve: (ctx.config.metrics?.port ?? null) === null });
  }

  await app.register(fastifyCookie);
  registerSecurityHeaders(app, { hsts: ctx.config.secureCookies });
  // Counted in the database, so every process on it enforces the same limits (docs/scaling.md).
  await app.register(fastifyRateLimit, {
    global: false,
    hook: 'preHandler',
    store: databaseRateLimitStore(ctx),
  });
  await registerOpenApi(app);

  registerAuthentication(app, ctx);
  registerRoutes(app, ctx);
  serveOpenApiDocument(app);

  await serveWebApp(app, ctx.config);
  if (ctx.config.deliveryIntervalMs !== null) {
    // The outbox is sent from every process; each sends what it leased (server/services/webhooks).
    const worker = createDeliveryWorker(ctx, ctx.config.deliveryIntervalMs);
    app.addHook('onReady', async () => worker.start());
    app.addHook('onClose', () => worker.stop());
  }
  if (ctx.config.findingsDelayMs !== null) {
    const refresher = startFindingsRefresher(ctx, { delayMs: ctx.config.findingsDelayMs });
    // A link, a size, a capacity, a cycle, a tag: any write a member makes may change the plan, and
    // the passes after writes close together are one.
    app.addHook('onResponse', async (request, reply) => {
      const organizationId = request.actor?.organizationId;
      if (organizationId && !READS.has(request.method) && reply.statusCode < 400)
        refresher.touch(organizationId);
    });
    app.decorate('findingsRefresher', refresher);
  }
  // The jobs' findings pass is computed in the refresher's worker too, off the server's thread;
  // the jobs stop before the refresher does, which stops that worker.
  const findingsComputer = app.findingsRefresher?.compute;
  scheduleJobs(
    app,
    findingsComputer ? { ...ctx, findingsComputer } : ctx,
    options.jobs ?? JOBS,
    options.metrics,
  );
  const refresher = app.findingsRefresher;
  if (refresher) app.addHook('onClose', () => refresher.stop());
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Present when findings are recomputed after changes (config.findingsDelayMs). */
    findingsRefresher?: FindingsRefresher;
  }
}

const READS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The time-based jobs run in the server process from when it is ready until it closes. */
function scheduleJobs(
  app: FastifyInstance,
  ctx: ServiceContext,
  jobs: readonly Job[],
  metrics?: Metrics,
): void {
  const intervalMs = ctx.config.jobIntervalMs;
  if (intervalMs === null) return;
  const scheduler = createScheduler(ctx, { jobs, intervalMs, onJobRun: metrics?.observeJobRun });
  app.addHook('onReady', async () => scheduler.start());
  app.addHook('onClose', () => scheduler.stop());
}
