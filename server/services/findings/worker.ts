import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, threadId, Worker, workerData } from 'node:worker_threads';
import { type DatabaseHandle, type DatabaseSource, openPostgres, openSqlite } from '../../store/database.js';
import type { ComputedFindings } from './computed.js';
import { compareWithRecords, computeFindings } from './findings.js';

/**
 * The findings worker: a thread of its own, with a database connection of its own, that loads an
 * organization's plan and computes its findings. better-sqlite3 runs queries on the thread that
 * calls it, so a pass loading 100k promises on the server's thread would hold every request behind
 * it; here it holds only this thread (SQLite's WAL lets it read while the server writes; on
 * PostgreSQL it has a pool of one). The server's thread then writes what changed (findings.ts).
 */

/** A pass asked of the worker. `hold` (tests): it waits after computing until the buffer's first int is not 0. */
interface Job {
  id: number;
  organizationId: string;
  now: string;
  hold?: SharedArrayBuffer;
}

type Reply =
  | { id: number; held: true }
  | { id: number; computed: ComputedFindings; threadId: number }
  | { id: number; error: { message: string; stack?: string } };

export interface FindingsWorker {
  /** Computes in the worker; `onHeld` (tests) is told once it waits at `hold`. */
  compute(
    organizationId: string,
    now: Date,
    hold?: { buffer: SharedArrayBuffer; onHeld: () => void },
  ): Promise<ComputedFindings & { threadId: number }>;
  stop(): Promise<void>;
}

/**
 * Starts the worker's script beside this one: compiled JavaScript, or (tests, dev) TypeScript through
 * tsx, registered by a bootstrap first since a worker's own `--import` does not reach its entry on Node 20.
 */
function startThread(source: DatabaseSource): Worker {
  const options = { workerData: { source } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), options);
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(path.join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** Starts the worker on its first pass; passes are run one at a time, in order. */
export function createFindingsWorker(source: DatabaseSource): FindingsWorker {
  let worker: Worker | undefined;
  let isStopped = false;
  let nextId = 1;
  const pending = new Map<
    number,
    {
      resolve: (value: ComputedFindings & { threadId: number }) => void;
      reject: (error: Error) => void;
      onHeld?: () => void;
    }
  >();

  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };

  const started = (): Worker => {
    if (worker) return worker;
    const thread = startThread(source);
    thread.unref();
    thread.on('message', (reply: Reply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      if ('held' in reply) {
        waiting.onHeld?.();
        return;
      }
      pending.delete(reply.id);
      if ('error' in reply) {
        const error = new Error(reply.error.message);
        error.stack = reply.error.stack;
        waiting.reject(error);
      } else waiting.resolve({ ...reply.computed, threadId: reply.threadId });
    });
    thread.on('error', (error) => {
      if (worker === thread) worker = undefined;
      failAll(error);
    });
    thread.on('exit', (code) => {
      if (worker === thread) worker = undefined;
      failAll(new Error(`The findings worker stopped (exit code ${code})`));
    });
    worker = thread;
    return thread;
  };

  return {
    compute(organizationId, now, hold) {
      if (isStopped) return Promise.reject(new Error('The findings worker is stopped'));
      const id = nextId++;
      const job: Job = { id, organizationId, now: now.toISOString(), ...(hold ? { hold: hold.buffer } : {}) };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, ...(hold ? { onHeld: hold.onHeld } : {}) });
        started().postMessage(job);
      });
    },
    async stop() {
      isStopped = true;
      const thread = worker;
      worker = undefined;
      if (thread) await thread.terminate();
    },
  };
}

function openSource(source: DatabaseSource): DatabaseHandle {
  return source.engine === 'sqlite' ? openSqlite(source.file) : openPostgres(source.url, { max: 1 });
}

/** In the worker: answers each job in turn, on one connection kept for the worker's life. */
function serve(source: DatabaseSource) {
  const port = parentPort;
  if (!port) return;
  const handle = openSource(source);
  let queue = Promise.resolve();
  port.on('message', (job: Job) => {
    queue = queue.then(async () => {
      try {
        const now = new Date(job.now);
        const ctx = { ...handle, now: () => now };
        const found = await computeFindings(ctx, job.organizationId);
        const computed: ComputedFindings = {
          ...found,
          compared: await compareWithRecords(ctx, job.organizationId, found.findings),
        };
        if (job.hold) {
          const gate = new Int32Array(job.hold);
          port.postMessage({ id: job.id, held: true } satisfies Reply);
          Atomics.wait(gate, 0, 0);
        }
        port.postMessage({ id: job.id, computed, threadId } satisfies Reply);
      } catch (error) {
        const { message, stack } = error instanceof Error ? error : new Error(String(error));
        port.postMessage({ id: job.id, error: { message, ...(stack ? { stack } : {}) } } satisfies Reply);
      }
    });
  });
}

if (!isMainThread && (workerData as { source?: DatabaseSource } | null)?.source) {
  serve((workerData as { source: DatabaseSource }).source);
}
