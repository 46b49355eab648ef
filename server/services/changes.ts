import type { Logger } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import {
  type ChangeListener,
  listenForChanges,
  MAX_PAYLOAD_BYTES,
  notifyChange,
} from '../store/change-channel.js';
import type { Db } from '../store/database.js';

/**
 * What changed, told to every server process on the database once it is committed: the live views
 * (server-sent events) refresh from it and the caches drop what it makes stale. Small by design:
 * it names what changed, never its content, which each reader loads as itself.
 */
export type Change =
  | { kind: 'promise-moved'; organizationId: string; promiseId: string }
  | { kind: 'check-in-written'; organizationId: string; promiseId: string }
  /** The recorded findings changed (a pass found new ones or resolved some, or one was dismissed). */
  | { kind: 'findings-changed'; organizationId: string }
  /** personIds null: too many to name; everyone in the organization should look. */
  | { kind: 'notifications-created'; organizationId: string; personIds: string[] | null }
  | { kind: 'membership-changed'; organizationId: string; personIds: string[] }
  /**
   * What the plan is made of changed other than by a promise's move: a team (archived, restored,
   * renamed, its members or their roles), a contribution or a dependency (made, answered, removed),
   * or promises written in bulk (an import, a restored archive).
   */
  | { kind: 'plan-changed'; organizationId: string }
  | { kind: 'session-changed'; organizationId: string | null; sessionId: string }
  /** Changes may have been missed (the listening connection was lost): forget every cached thing. */
  | { kind: 'resync'; organizationId: null };

export type ChangeKind = Change['kind'];

export interface ChangeBus {
  /** Tells this process's subscribers now and the other processes' shortly; never throws. */
  publish(change: Change): void;
  /**
   * `listener` hears every change until the returned function is called; `isLocal` says whether
   * this process published it (work that one process should do per change looks only at those).
   */
  subscribe(listener: (change: Change, isLocal: boolean) => void): () => void;
  /** Resolves once changes from other processes can be heard. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * In-process when `postgres` is absent (SQLite has one process); on PostgreSQL, also NOTIFY to the
 * other processes and LISTEN for theirs. This process's own changes reach its subscribers at once,
 * not by a round trip through the database, so a sign-out is effective here before it answers.
 */
export function createChangeBus(options: { postgres?: { db: Db; url: string }; log: Logger }): ChangeBus {
  const origin = uuidv7();
  const listeners = new Set<(change: Change, isLocal: boolean) => void>();
  const log = options.log;

  const deliver = (change: Change, isLocal: boolean) => {
    for (const listener of listeners) {
      try {
        listener(change, isLocal);
      } catch (error) {
        log.error({ err: error, change: change.kind }, 'a change listener failed');
      }
    }
  };

  let listener: ChangeListener | undefined;
  const postgres = options.postgres;
  if (postgres) {
    listener = listenForChanges(
      postgres.url,
      {
        onPayload(payload) {
          const message = parseMessage(payload);
          if (message && message.origin !== origin) deliver(message.change, false);
        },
        // Changes told while the connection was down are lost: whoever caches must forget it all.
        onReconnect: () => deliver({ kind: 'resync', organizationId: null }, false),
      },
      log,
    );
  }

  // One NOTIFY after another: sent side by side on pooled connections, they could arrive swapped.
  let sending = Promise.resolve();
  return {
    publish(change) {
      deliver(change, true);
      if (!postgres) return;
      const payload = encode(change, origin);
      sending = sending.then(() =>
        notifyChange(postgres.db, payload).catch((error: unknown) =>
          log.error({ err: error, change: change.kind }, 'could not tell the other processes of a change'),
        ),
      );
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready: listener?.ready ?? Promise.resolve(),
    async close() {
      listeners.clear();
      await sending;
      await listener?.close();
    },
  };
}

/** Within PostgreSQL's payload limit: a list of people too long to send becomes "everyone". */
function encode(change: Change, origin: string): string {
  const text = JSON.stringify({ origin, change });
  if (Buffer.byteLength(text) <= MAX_PAYLOAD_BYTES || !('personIds' in change)) return text;
  if (change.kind === 'notifications-created')
    return JSON.stringify({ origin, change: { ...change, personIds: null } });
  // A membership change names people whose sessions must go; past the limit, drop every cached one.
  return JSON.stringify({ origin, change: { kind: 'resync', organizationId: null } });
}

const KINDS: ReadonlySet<string> = new Set<ChangeKind>([
  'promise-moved',
  'check-in-written',
  'findings-changed',
  'notifications-created',
  'membership-changed',
  'plan-changed',
  'session-changed',
  'resync',
]);

function parseMessage(payload: string): { origin: string; change: Change } | undefined {
  try {
    const message = JSON.parse(payload) as { origin?: unknown; change?: { kind?: unknown } };
    if (typeof message.origin !== 'string' || !KINDS.has(String(message.change?.kind))) return undefined;
    return message as { origin: string; change: Change };
  } catch {
    return undefined;
  }
}

/**
 * A bus that holds what is published until `flush`: a transaction's changes are told after it
 * commits, and never when it rolls back.
 */
export function deferredBus(bus: ChangeBus): ChangeBus & { flush(): void } {
  const pending: Change[] = [];
  return {
    publish: (change) => void pending.push(change),
    subscribe: (listener) => bus.subscribe(listener),
    ready: bus.ready,
    close: () => bus.close(),
    flush() {
      for (const change of pending.splice(0)) bus.publish(change);
    },
  };
}
