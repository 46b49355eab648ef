import type { ChangeKind } from '../changes.js';
import type { ServiceContext } from '../context.js';
import type { FindingsComputer } from './computed.js';
import { trackFindings } from './findings.js';
import { createFindingsWorker } from './worker.js';

/** The changes that can change what the strategy debugger finds. */
const PLAN_CHANGES: ReadonlySet<ChangeKind> = new Set<ChangeKind>([
  'promise-moved',
  'check-in-written',
  'membership-changed',
]);

/** The next pass of an organization waits at least this many times as long as its last pass took. */
const SPACING = 3;

/** How the last pass went (its phases in ms), to see that it ran off the server's thread. */
export interface FindingPass {
  organizationId: string;
  /** Loaded and computed in the findings worker (false: on the server's thread). */
  inWorker: boolean;
  loadMs: number;
  computeMs: number;
  writeMs: number;
}

export interface FindingsRefresherOptions {
  delayMs: number;
  /**
   * Tests: the worker waits after computing, until the buffer's first int is not 0, and says so
   * through `onHeld`, so that a test can see the server answer while a pass is in progress.
   */
  hold?: { buffer: SharedArrayBuffer; onHeld: () => void };
}

export interface FindingsRefresher {
  /** Computes in this refresher's worker (absent when passes run on the server's thread). */
  compute?: FindingsComputer;
  /** The last pass that finished, if any. */
  lastPass(): FindingPass | undefined;
  /** Says that this organization's plan may have changed: a pass follows after the delay. */
  touch(organizationId: string): void;
  /** Runs what is waiting now and resolves once no pass is waiting or running (tests, shutdown). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Keeps each organization's recorded findings close to its plan without any request paying for it:
 * `delayMs` after a change this process made to an organization's plan (a move or a check-in on the
 * change bus, or any write a member made, told by `touch`), one pass recomputes that organization's
 * findings (`trackFindings`). Changes in the meantime join that pass; a change during
 * a pass asks for one more after it. Only this process's own changes count, so with several servers
 * each organization is recomputed by the server that changed it, not by all of them; the
 * `track-findings` job catches anything missed (a crash between a change and its pass).
 *
 * A pass cannot hold the server: the plan is loaded and its findings computed in the findings
 * worker (worker.ts), on a connection of its own, and only the findings that changed are written
 * here. A pass is spaced from the organization's last by a few times what that one took, so under
 * steady writes passes do not run back to back. Where the database cannot be reached from another
 * thread (SQLite in memory), the pass runs here.
 */
export function startFindingsRefresher(
  ctx: ServiceContext,
  options: FindingsRefresherOptions,
): FindingsRefresher {
  const waiting = new Map<string, NodeJS.Timeout>();
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();
  /** When each organization's last pass ended and how long it took (ms, on the monotonic clock). */
  const last = new Map<string, { endedAt: number; tookMs: number }>();
  let lastPass: FindingPass | undefined;
  let isStopped = false;
  const worker = ctx.source ? createFindingsWorker(ctx.source) : undefined;
  const inWorker: FindingsComputer | undefined = worker
    ? (organizationId, now) => worker.compute(organizationId, now, options.hold)
    : undefined;

  const run = (organizationId: string) => {
    const timer = waiting.get(organizationId);
    if (timer) clearTimeout(timer);
    waiting.delete(organizationId);
    const startedAt = performance.now();
    const pass = trackFindings(ctx, organizationId, inWorker)
      .then(
        ({ loadMs, computeMs, writeMs }) => {
          lastPass = { organizationId, inWorker: inWorker !== undefined, loadMs, computeMs, writeMs };
        },
        (error: unknown) => ctx.log.error({ err: error, organizationId }, 'could not recompute the findings'),
      )
      .finally(() => {
        const endedAt = performance.now();
        last.set(organizationId, { endedAt, tookMs: endedAt - startedAt });
        running.delete(organizationId);
        if (again.delete(organizationId)) schedule(organizationId);
      });
    running.set(organizationId, pass);
  };

  /** The delay, or longer while the organization's last pass is too recent for what it cost. */
  const delayOf = (organizationId: string) => {
    const previous = last.get(organizationId);
    if (!previous) return options.delayMs;
    const spacedUntil = previous.endedAt + SPACING * previous.tookMs;
    return Math.max(options.delayMs, spacedUntil - performance.now());
  };

  const schedule = (organizationId: string) => {
    if (isStopped) return;
    if (running.has(organizationId)) {
      again.add(organizationId);
      return;
    }
    if (waiting.has(organizationId)) return;
    const timer = setTimeout(() => run(organizationId), delayOf(organizationId));
    timer.unref();
    waiting.set(organizationId, timer);
  };

  const unsubscribe = ctx.changes.subscribe((change, isLocal) => {
    if (isLocal && PLAN_CHANGES.has(change.kind) && change.organizationId !== null) {
      schedule(change.organizationId);
    }
  });

  const idle = async () => {
    while (waiting.size > 0 || running.size > 0) {
      for (const organizationId of [...waiting.keys()]) run(organizationId);
      await Promise.all(running.values());
    }
  };

  return {
    ...(inWorker ? { compute: inWorker } : {}),
    lastPass: () => lastPass,
    touch: schedule,
    idle,
    async stop() {
      isStopped = true;
      unsubscribe();
      for (const timer of waiting.values()) clearTimeout(timer);
      waiting.clear();
      again.clear();
      await Promise.all(running.values());
      await worker?.stop();
    },
  };
}
