import type { ChangeKind } from '../changes.js';
import type { ServiceContext } from '../context.js';
import { trackFindings } from './findings.js';

/** The changes that can change what the strategy debugger finds. */
const PLAN_CHANGES: ReadonlySet<ChangeKind> = new Set<ChangeKind>([
  'promise-moved',
  'check-in-written',
  'membership-changed',
]);

export interface FindingsRefresher {
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
 */
export function startFindingsRefresher(ctx: ServiceContext, options: { delayMs: number }): FindingsRefresher {
  const waiting = new Map<string, NodeJS.Timeout>();
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();
  let isStopped = false;

  const run = (organizationId: string) => {
    const timer = waiting.get(organizationId);
    if (timer) clearTimeout(timer);
    waiting.delete(organizationId);
    const pass = trackFindings(ctx, organizationId)
      .then(
        () => undefined,
        (error: unknown) => ctx.log.error({ err: error, organizationId }, 'could not recompute the findings'),
      )
      .finally(() => {
        running.delete(organizationId);
        if (again.delete(organizationId)) schedule(organizationId);
      });
    running.set(organizationId, pass);
  };

  const schedule = (organizationId: string) => {
    if (isStopped) return;
    if (running.has(organizationId)) {
      again.add(organizationId);
      return;
    }
    if (waiting.has(organizationId)) return;
    const timer = setTimeout(() => run(organizationId), options.delayMs);
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
    touch: schedule,
    idle,
    async stop() {
      isStopped = true;
      unsubscribe();
      for (const timer of waiting.values()) clearTimeout(timer);
      waiting.clear();
      again.clear();
      await Promise.all(running.values());
    },
  };
}
