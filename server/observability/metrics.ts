import client from 'prom-client';
import type { JobRun } from '../jobs/index.js';

/** A database pool's connections at one moment (PostgreSQL; SQLite has one connection and no pool). */
export interface ConnectionStats {
  total: number;
  idle: number;
  /** Queries waiting for a connection: the first sign that the pool is too small. */
  waiting: number;
}

/** One answered request, under the pattern of its route (never its raw URL: ids would be labels). */
export interface RequestRecord {
  method: string;
  route: string;
  status: number;
  seconds: number;
}

export interface Metrics {
  /** What Prometheus scrapes; a registry per app, so two apps in one process count apart. */
  registry: client.Registry;
  observeRequest(request: RequestRecord): void;
  observeJobRun(run: JobRun): void;
}

/**
 * The server's Prometheus metrics: requests per route (count and duration), the database pool,
 * the runs of the time-based jobs, and the process's own (CPU, memory, event loop, GC).
 */
export function createMetrics(options: { connections?: () => ConnectionStats } = {}): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });

  const requests = new client.Counter({
    name: 'accord_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const requestDuration = new client.Histogram({
    name: 'accord_http_request_duration_seconds',
    help: 'Time from receiving a request to sending its answer, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const jobRuns = new client.Counter({
    name: 'accord_job_runs_total',
    help: 'Runs of the time-based jobs, by job and outcome',
    labelNames: ['job', 'outcome'] as const,
    registers: [registry],
  });
  const jobDuration = new client.Histogram({
    name: 'accord_job_duration_seconds',
    help: 'How long each run of a time-based job took',
    labelNames: ['job'] as const,
    buckets: [0.01, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
    registers: [registry],
  });

  const { connections } = options;
  if (connections) {
    new client.Gauge({
      name: 'accord_database_connections',
      help: 'Connections of the database pool: total open, idle, and queries waiting for one',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const stats = connections();
        this.set({ state: 'total' }, stats.total);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
      },
    });
  }

  return {
    registry,
    observeRequest({ method, route, status, seconds }) {
      const labels = { method, route, status: String(status) };
      requests.inc(labels);
      requestDuration.observe(labels, seconds);
    },
    observeJobRun({ job, outcome, seconds }) {
      jobRuns.inc({ job, outcome });
      jobDuration.observe({ job }, seconds);
    },
  };
}
