import http from 'node:http';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

/** Who a target's figures are judged against: the targets differ for each group. */
export type TargetGroup = 'baseline' | 'person' | 'organization' | 'write';

export interface Target {
  name: string;
  group: TargetGroup;
  method: 'GET' | 'POST';
  /** Path and query, built from the contract's endpoint definition. */
  path: string;
  token: string | null;
  /** For writes: the nth request's path and body (each writer on a promise of its own). */
  nth?: (n: number) => { path: string; token: string; body: string };
  connections: readonly number[];
  /** Measured against this server rather than the app's (the baseline). */
  url?: string;
}

export interface LevelResult {
  connections: number;
  requestsPerSecond: number | null;
  p50: number | null;
  p99: number | null;
  requests: number;
  non2xx: number;
  errors: number;
  /** Why this level was not measured. */
  skipped?: string;
}

export interface TargetResult {
  name: string;
  group: TargetGroup;
  method: string;
  path: string;
  /** One request on its own, before the load: its status, time and body size. */
  probe: { status: number; ms: number; bytes: number } | null;
  levels: LevelResult[];
}

export interface LoadOptions {
  duration: number;
  /** Seconds autocannon waits for one response. */
  timeout: number;
}

function once(
  url: string,
  request: { method: string; path: string; token: string | null; body?: string },
  timeoutMs: number,
): Promise<{ status: number; ms: number; bytes: number } | null> {
  const started = performance.now();
  return new Promise((resolve) => {
    const headers: Record<string, string> = {};
    if (request.token) headers.authorization = `Bearer ${request.token}`;
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    const req = http.request(
      `${url}${request.path}`,
      { method: request.method, headers, timeout: timeoutMs },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, ms: performance.now() - started, bytes }),
        );
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
    req.end(request.body);
  });
}

/** The body of one GET, parsed: what the baseline serves and what the benchmark looks up. */
export function fetchJson(url: string, path: string, token: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    http
      .get(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on('end', () => {
          if (response.statusCode !== 200)
            reject(new Error(`GET ${path}: ${response.statusCode} ${text.slice(0, 300)}`));
          else resolve(JSON.parse(text));
        });
      })
      .on('error', reject);
  });
}

/**
 * Measures one target: a single request first (its time says which concurrency is worth loading:
 * a level whose queue would wait past the timeout is skipped and says so), then autocannon at each
 * number of connections for `duration` seconds, waiting between levels until the server has worked
 * off what the last one left behind. `probeTimedOut` tells the caller to restart the server.
 */
export async function measure(
  baseUrl: string,
  target: Target,
  options: LoadOptions,
  waitUntilIdle: () => Promise<boolean>,
): Promise<TargetResult & { probeTimedOut: boolean }> {
  const url = target.url ?? baseUrl;
  const first = target.nth?.(0);
  const single = () =>
    once(
      url,
      first
        ? { method: target.method, ...first }
        : { method: target.method, path: target.path, token: target.token },
      options.timeout * 1000,
    );
  let probe = await single();
  // A slow first answer may be a cold cache or a busy machine: the better of two decides.
  if (probe && probe.ms > 1000) {
    const again = await single();
    if (again && again.ms < probe.ms) probe = again;
  }
  const result: TargetResult & { probeTimedOut: boolean } = {
    name: target.name,
    group: target.group,
    method: target.method,
    path: target.path,
    probe,
    levels: [],
    probeTimedOut: probe === null,
  };
  for (const connections of target.connections) {
    const empty = {
      connections,
      requestsPerSecond: null,
      p50: null,
      p99: null,
      requests: 0,
      non2xx: 0,
      errors: 0,
    };
    if (!probe) {
      result.levels.push({ ...empty, skipped: `one request took more than ${options.timeout} s` });
      continue;
    }
    // A closed loop of n connections queues n requests: the last waits about n times one request,
    // judged by the throughput of the level before (or the probe, for the first). When that queue
    // is longer than the run, only the requests at its head would be counted and the figures would
    // flatter the endpoint; when longer than the timeout, they would fail.
    const before = result.levels.findLast((l) => l.requestsPerSecond);
    const perRequestMs = before?.requestsPerSecond ? 1000 / before.requestsPerSecond : probe.ms;
    const queueMs = perRequestMs * connections;
    if (connections > 1 && queueMs > Math.min(options.duration, options.timeout * 0.8) * 1000) {
      result.levels.push({
        ...empty,
        skipped: `${connections} at once would queue for about ${(queueMs / 1000).toFixed(1)} s (${Math.round(perRequestMs)} ms a request), longer than the ${options.duration} s run`,
      });
      continue;
    }
    // An endpoint slower than a third of the duration would finish a request or none in it:
    // one connection then makes three requests in a row, however long they take.
    const isSlow = probe.ms * 3 > options.duration * 1000;
    let n = 1;
    const headers: Record<string, string> = target.token ? { authorization: `Bearer ${target.token}` } : {};
    const run = await autocannon({
      url,
      connections,
      ...(isSlow && connections === 1 ? { amount: 3 } : { duration: options.duration }),
      timeout: options.timeout,
      method: target.method,
      headers,
      requests: [
        target.nth
          ? {
              setupRequest: (request) => {
                const next = target.nth!(n++);
                return {
                  ...request,
                  method: target.method,
                  path: next.path,
                  headers: { authorization: `Bearer ${next.token}`, 'content-type': 'application/json' },
                  body: next.body,
                };
              },
            }
          : { method: target.method, path: target.path, headers },
      ],
    });
    if (run.requests.total === 0) {
      result.levels.push({ ...empty, errors: run.errors, skipped: `no answer within ${options.duration} s` });
      await waitUntilIdle();
      continue;
    }
    result.levels.push({
      connections,
      // Over the whole run: a run of a few slow requests has no per-second samples to average.
      requestsPerSecond: isSlow ? run.requests.total / run.duration : run.requests.average,
      p50: run.latency.p50,
      p99: run.latency.p99,
      requests: run.requests.total,
      non2xx: run.non2xx,
      errors: run.errors,
    });
    await waitUntilIdle();
  }
  return result;
}
