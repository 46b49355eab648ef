import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { Engine } from '../config.js';
import { createMetrics, type Metrics } from '../observability/metrics.js';
import { serveMetricsOnPort } from '../observability/metrics-server.js';
import { signUpOwner } from '../test/factories.js';
import {
  createTestApp,
  createTestServices,
  type TestApp,
  type TestServices,
  testEngines,
} from '../test/harness.js';

/** The whole server with metrics on, over the test database of `engine`. */
async function appWithMetrics(engine: Engine, metricsPort: number | null) {
  const services = await createTestServices(engine, { metrics: { port: metricsPort } });
  const metrics = createMetrics({ connections: services.handle.connections });
  const app = await buildApp(services.ctx, { logger: services.ctx.log, metrics });
  await app.ready();
  return {
    services,
    app,
    metrics,
    async close() {
      await app.close();
      await services.close();
    },
  };
}

/** The value of one series in Prometheus's text format, or undefined if it is not there. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('metrics when they are off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('are not served', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(404);
  });
});

describe.each(testEngines())('metrics on the app’s port on %s', (engine) => {
  let t: Awaited<ReturnType<typeof appWithMetrics>>;
  beforeAll(async () => {
    t = await appWithMetrics(engine, null);
  });
  afterAll(() => t.close());

  const scrape = async () => {
    const response = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    return response.body;
  };

  it('count requests and their durations per route pattern, never per raw URL', async () => {
    const owner = await signUpOwner(t.app);
    const teamId = '0193b6c4-0000-7000-8000-000000000001';
    expect((await owner.client.get(`/api/v1/teams/${teamId}`)).status).toBe(404);
    expect((await owner.client.get('/api/health')).status).toBe(200);
    expect((await owner.client.get('/api/health')).status).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing-42' })).statusCode).toBe(404);

    const text = await scrape();
    expect(sample(text, 'accord_http_requests_total{method="GET",route="/api/health",status="200"}')).toBe(2);
    expect(
      sample(text, 'accord_http_requests_total{method="GET",route="/api/v1/teams/:id",status="404"}'),
    ).toBe(1);
    expect(sample(text, 'accord_http_requests_total{method="GET",route="unmatched",status="404"}')).toBe(1);
    expect(
      sample(
        text,
        'accord_http_request_duration_seconds_count{method="GET",route="/api/health",status="200"}',
      ),
    ).toBe(2);
    expect(text).not.toContain(teamId);
    expect(text).not.toContain('no-such-thing-42');
    // The process's own metrics come along.
    expect(text).toContain('process_cpu_seconds_total');
  });

  it('show the database pool where there is one (PostgreSQL), and nothing on SQLite', async () => {
    // A query first, so the pool holds a connection (it closes idle ones after a while).
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const text = await scrape();
    const total = sample(text, 'accord_database_connections{state="total"}');
    if (engine === 'postgres') {
      expect(total).toBeGreaterThan(0);
      expect(sample(text, 'accord_database_connections{state="waiting"}')).toBe(0);
    } else {
      expect(total).toBeUndefined();
    }
  });
});

describe('job runs in the metrics', () => {
  it('are counted by job and outcome, with their duration', async () => {
    const metrics: Metrics = createMetrics();
    metrics.observeJobRun({ job: 'notify-planning-milestones', outcome: 'succeeded', seconds: 0.2 });
    metrics.observeJobRun({ job: 'notify-planning-milestones', outcome: 'failed', seconds: 0.1 });
    metrics.observeJobRun({ job: 'notify-planning-milestones', outcome: 'succeeded', seconds: 0.3 });
    const text = await metrics.registry.metrics();
    const job = 'job="notify-planning-milestones"';
    expect(sample(text, `accord_job_runs_total{${job},outcome="succeeded"}`)).toBe(2);
    expect(sample(text, `accord_job_runs_total{${job},outcome="failed"}`)).toBe(1);
    expect(sample(text, `accord_job_duration_seconds_count{${job}}`)).toBe(3);
  });

  it('come from the scheduler of the running server', async () => {
    const services: TestServices = await createTestServices('sqlite', {
      metrics: { port: null },
      jobIntervalMs: 60_000,
    });
    const metrics = createMetrics();
    const app = await buildApp(services.ctx, {
      logger: services.ctx.log,
      metrics,
      jobs: [{ name: 'tidy', run: async () => undefined }],
    });
    try {
      await app.ready();
      // The first pass starts when the app is ready; stopping the app waits for it to end.
      await app.close();
      expect(
        sample(await metrics.registry.metrics(), 'accord_job_runs_total{job="tidy",outcome="succeeded"}'),
      ).toBe(1);
    } finally {
      await services.close();
    }
  });
});

describe('metrics on a port of their own', () => {
  let t: Awaited<ReturnType<typeof appWithMetrics>>;
  let server: Awaited<ReturnType<typeof serveMetricsOnPort>>;
  beforeAll(async () => {
    t = await appWithMetrics('sqlite', 0);
    server = await serveMetricsOnPort(t.metrics, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  it('are served there and not on the app’s port', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);

    const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(sample(text, 'accord_http_requests_total{method="GET",route="/api/health",status="200"}')).toBe(1);
    expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(404);
  });
});
