import fc from 'fast-check';
import { ErrorResponse } from '../../../contract/common.js';
import { endpoints } from '../../../contract/endpoints/index.js';
import type { TestApp } from '../harness.js';
import { changedTables, type Fingerprint, fingerprint } from './fingerprint.js';
import { type FuzzRequest, fuzzRequests } from './requests.js';
import { buildWorld, type World } from './world.js';

/*
 * The contract fuzzer: requests to every endpoint, valid and broken, sent by every kind of caller,
 * each answer checked for three things: no 5xx, every error in the one error shape, and nothing
 * changed by a refused request.
 */

export interface FuzzOptions {
  seed: number;
  requests: number;
  /** A fresh organization every so many requests, so successful changes do not wear the world out. */
  worldEvery?: number;
  /** Told of progress every 1,000 requests, for the long run. */
  progress?: (done: number) => void;
}

export interface FuzzFailure {
  /** Replays this request: the same seed, and the request's index in the run. */
  seed: number;
  index: number;
  problem: string;
  request: string;
  status: number;
  response: string;
}

export interface FuzzSummary {
  seed: number;
  requests: number;
  statuses: Record<number, number>;
  /** Each endpoint's answers by status, so that a run shows which it got past validation and which not. */
  operations: Record<string, Record<number, number>>;
  failures: FuzzFailure[];
}

const excerpt = (text: string, length = 300) =>
  text.length > length ? `${text.slice(0, length)}… (${text.length} chars)` : text;

export function describeRequest(request: FuzzRequest): string {
  const payload =
    request.payload === undefined
      ? ''
      : ` ${excerpt(Buffer.isBuffer(request.payload) ? `<bytes ${request.payload.toString('hex').slice(0, 200)}>` : request.payload)}`;
  return `${request.operationId} as ${request.actor}: ${request.method} ${excerpt(request.url, 200)}${payload} [${request.how.join('; ') || 'valid'}]`;
}

/** What is wrong with an answer, if anything. */
function problemOf(status: number, body: string, expected: number, request: FuzzRequest): string | undefined {
  if (status >= 500) return `answered ${status}`;
  if (status >= 400) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return `a ${status} whose body is not JSON`;
    }
    const shape = ErrorResponse.safeParse(parsed);
    if (!shape.success) return `a ${status} not in the error shape`;
    return undefined;
  }
  // A read asked "unless it matches" (If-None-Match) may answer "not modified".
  const isConditionalRead = request.method === 'GET' && 'if-none-match' in request.headers;
  if (status === 304 && isConditionalRead) return undefined;
  if (status !== expected) return `answered ${status}, not the declared ${expected}`;
  return undefined;
}

/** Requests in batches drawn from one seed each, so a run is the same every time for its seed. */
function* draw(world: World, seed: number, count: number): Generator<FuzzRequest> {
  const arbitrary = fuzzRequests(endpoints, world);
  const batch = 50;
  for (let start = 0; start < count; start += batch) {
    yield* fc.sample(arbitrary, { seed: seed + start, numRuns: Math.min(batch, count - start) });
  }
}

export async function fuzz(t: TestApp, options: FuzzOptions): Promise<FuzzSummary> {
  const { seed, requests } = options;
  const worldEvery = options.worldEvery ?? requests;
  const byOperation = new Map(endpoints.map((endpoint) => [endpoint.operationId, endpoint]));
  const summary: FuzzSummary = { seed, requests: 0, statuses: {}, operations: {}, failures: [] };
  for (let worldStart = 0; worldStart < requests; worldStart += worldEvery) {
    const world = await buildWorld(t.app);
    let before: Fingerprint | undefined;
    let index = worldStart;
    for (const request of draw(world, seed + worldStart, Math.min(worldEvery, requests - worldStart))) {
      before ??= await fingerprint(t.handle.db, world.organizationIds);
      const response = await t.app.inject({
        method: request.method,
        url: request.url,
        headers: request.headers,
        ...(request.payload === undefined ? {} : { payload: request.payload }),
      });
      const status = response.statusCode;
      summary.requests += 1;
      summary.statuses[status] = (summary.statuses[status] ?? 0) + 1;
      const answers = summary.operations[request.operationId] ?? {};
      answers[status] = (answers[status] ?? 0) + 1;
      summary.operations[request.operationId] = answers;
      const expected = byOperation.get(request.operationId)?.status ?? 200;
      let problem = problemOf(status, response.body, expected, request);
      if (status >= 400 && status < 500) {
        const after = await fingerprint(t.handle.db, world.organizationIds);
        const changed = changedTables(before, after);
        if (changed.length > 0) problem ??= `refused with ${status} but changed ${changed.join(', ')}`;
        before = after;
      } else before = undefined;
      if (problem) {
        summary.failures.push({
          seed,
          index,
          problem,
          request: describeRequest(request),
          status,
          response: excerpt(response.body),
        });
      }
      index += 1;
      if (index % 1000 === 0) options.progress?.(index);
    }
  }
  return summary;
}

export function formatSummary(summary: FuzzSummary, engine: string): string {
  const statuses = Object.entries(summary.statuses)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  const lines = [
    `fuzz on ${engine}: ${summary.requests} requests, seed ${summary.seed}, ${Object.keys(summary.operations).length} operations`,
    `  statuses: ${statuses}`,
    `  operations that never succeeded: ${
      Object.entries(summary.operations)
        .filter(([, answers]) => Object.keys(answers).every((status) => Number(status) >= 300))
        .map(([operation]) => operation)
        .join(', ') || 'none'
    }`,
    `  failures: ${summary.failures.length}`,
    ...summary.failures
      .slice(0, 50)
      .map((f) => `  - #${f.index} ${f.problem}\n      ${f.request}\n      → ${f.response}`),
  ];
  if (summary.failures.length > 50) lines.push(`  … and ${summary.failures.length - 50} more`);
  lines.push(`  replay: ACCORD_FUZZ_SEED=${summary.seed} ACCORD_FUZZ_REQUESTS=<index + 1> npm run fuzz`);
  return lines.join('\n');
}
