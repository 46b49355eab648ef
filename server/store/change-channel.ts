import { sql } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Db } from './database.js';

/** The PostgreSQL channel every Accord process on one database notifies and listens on. */
export const CHANGE_CHANNEL = 'accord_changes';

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; senders keep well under. */
export const MAX_PAYLOAD_BYTES = 7900;

/** Tells every process listening on the database; delivered to them when this commits (now, outside one). */
export async function notifyChange(db: Db, payload: string): Promise<void> {
  await sql`select pg_notify(${CHANGE_CHANNEL}, ${payload})`.execute(db);
}

export interface ChangeListener {
  /** Resolves once the first LISTEN is in place, so that nothing published after it is missed. */
  ready: Promise<void>;
  close(): Promise<void>;
}

const RETRY_MS = { first: 250, max: 10_000 };

/**
 * One connection of its own, outside the pool, LISTENing on the channel for as long as the process
 * runs: a pooled connection would be handed to queries and lose its LISTEN. When the connection
 * drops (a database restart, a failover) it connects again, backing off, and LISTENs anew.
 * Notifications sent while it was away are lost: its owner hears `onReconnect` and should treat
 * everything it holds as stale.
 */
export function listenForChanges(
  url: string,
  handlers: { onPayload(payload: string): void; onReconnect(): void },
  log: Logger,
): ChangeListener {
  let client: pg.Client | undefined;
  let isClosed = false;
  let retryMs = RETRY_MS.first;
  let retryTimer: NodeJS.Timeout | undefined;
  let hasConnected = false;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const scheduleRetry = () => {
    if (isClosed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, retryMs);
    retryTimer.unref();
    retryMs = Math.min(retryMs * 2, RETRY_MS.max);
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    client = next;
    const lost = (error?: unknown) => {
      if (client !== next) return;
      client = undefined;
      next.removeAllListeners();
      next.on('error', () => {});
      void next.end().catch(() => {});
      if (!isClosed) {
        log.warn({ err: error }, 'the change listener lost its database connection; reconnecting');
        scheduleRetry();
      }
    };
    next.on('error', lost);
    next.on('end', () => lost());
    next.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL && message.payload) handlers.onPayload(message.payload);
    });
    try {
      await next.connect();
      await next.query(`listen ${CHANGE_CHANNEL}`);
    } catch (error) {
      lost(error);
      return;
    }
    if (isClosed) {
      await next.end().catch(() => {});
      return;
    }
    retryMs = RETRY_MS.first;
    if (hasConnected) handlers.onReconnect();
    hasConnected = true;
    markReady();
  };

  void connect();
  return {
    ready,
    async close() {
      isClosed = true;
      clearTimeout(retryTimer);
      const last = client;
      client = undefined;
      markReady();
      if (last) {
        last.removeAllListeners();
        last.on('error', () => {});
        await last.end().catch(() => {});
      }
    },
  };
}
