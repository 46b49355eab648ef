import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Metrics } from '../observability/metrics.js';

export const METRICS_PATH = '/metrics';

/**
 * The label of a request: its route's pattern (`/api/v1/promises/:id`), so the number of series
 * stays the number of routes. The web app's files are one label, and so is whatever matched no
 * route (the app's pages, which answer index.html, and real 404s, told apart by the status).
 */
export function routeLabel(request: FastifyRequest): string {
  const pattern = request.routeOptions.url;
  if (pattern === undefined) return 'unmatched';
  if (pattern.startsWith('/api/') || pattern === METRICS_PATH) return pattern;
  return 'static';
}

/**
 * Records every answered request, and serves the metrics at /metrics on the app's own port unless
 * they have a port of their own.
 *
 * /metrics is not an endpoint of the API, so it is not declared in contract/endpoints: it answers
 * Prometheus's text format for a scraper, not JSON for the web app or the CLI, lies outside
 * /api/ (no session, no CSRF check, no ETag), and is hidden from the OpenAPI document. The
 * route-coverage test (server/routes/route.test.ts) looks only at what registerRoutes registers.
 */
export function registerMetrics(app: FastifyInstance, metrics: Metrics, options: { serve: boolean }): void {
  app.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest({
      method: request.method,
      route: routeLabel(request),
      status: reply.statusCode,
      seconds: reply.elapsedTime / 1000,
    });
  });
  if (!options.serve) return;
  app.get(METRICS_PATH, { schema: { hide: true } }, async (_request, reply) =>
    reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  );
}
