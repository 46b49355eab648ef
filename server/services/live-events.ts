import type { LiveEvent } from '../../contract/live-events.js';
import { AppError } from '../errors.js';
import type { MemberActor } from './authorization.js';
import type { Change } from './changes.js';
import type { ServiceContext } from './context.js';
import { loadViewer } from './parties.js';
import { loadRecord } from './promises/records.js';
import { requireVisible } from './promises/visibility.js';

export interface LiveEventSubscription {
  stop(): void;
}

/**
 * Feeds `send` the changes of the actor's organization that concern what the actor can see: a
 * promise's moves and check-ins only when the promise is visible to them (a draft is private to its
 * side and its reviewers, exactly as reading it is) and their own notifications. `end` is called
 * when the session is signed out or moved elsewhere, and (after a resync) when their membership
 * changes: the stream judged as the member they were, so the client reconnects as who they are now,
 * or is refused if they were removed.
 * Changes are judged one at a time, in the order they came, so events never overtake each other.
 */
export function subscribeToLiveEvents(
  ctx: ServiceContext,
  actor: MemberActor,
  handlers: { send(event: LiveEvent): void; end(): void },
): LiveEventSubscription {
  let queue = Promise.resolve();
  let isStopped = false;

  const judge = async (change: Change): Promise<LiveEvent | 'end' | 'resync-and-end' | undefined> => {
    if (change.kind === 'resync') return { kind: 'resync' };
    if (change.kind === 'session-changed') {
      return change.sessionId === actor.sessionId ? 'end' : undefined;
    }
    if (change.organizationId !== actor.organizationId) return undefined;
    switch (change.kind) {
      case 'notifications-created':
        return change.personIds === null || change.personIds.includes(actor.personId)
          ? { kind: 'notifications-created' }
          : undefined;
      case 'findings-changed':
        return { kind: 'findings-changed' };
      case 'membership-changed':
        return change.personIds.includes(actor.personId) ? 'resync-and-end' : undefined;
      case 'plan-changed':
        return undefined;
      case 'promise-moved':
      case 'check-in-written':
        return (await isVisible(ctx, actor, change.promiseId))
          ? { kind: change.kind, promiseId: change.promiseId }
          : undefined;
    }
  };

  const unsubscribe = ctx.changes.subscribe((change) => {
    queue = queue.then(async () => {
      if (isStopped) return;
      try {
        const verdict = await judge(change);
        if (isStopped || verdict === undefined) return;
        if (verdict === 'resync-and-end') handlers.send({ kind: 'resync' });
        if (verdict === 'end' || verdict === 'resync-and-end') handlers.end();
        else handlers.send(verdict);
      } catch (error) {
        ctx.log.error({ err: error, change: change.kind }, 'could not judge a change for a live stream');
      }
    });
  });
  return {
    stop() {
      isStopped = true;
      unsubscribe();
    },
  };
}

/** Whether the actor may read the promise now; a promise gone or hidden is simply not told. */
async function isVisible(ctx: ServiceContext, actor: MemberActor, promiseId: string): Promise<boolean> {
  try {
    const record = await loadRecord(ctx, actor.organizationId, promiseId);
    await requireVisible(ctx, await loadViewer(ctx, actor), record);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return false;
    throw error;
  }
}
