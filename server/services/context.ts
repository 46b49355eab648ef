import type { Logger } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import type { Config } from '../config.js';
import { type DatabaseSource, type Db, inDatabaseTransaction } from '../store/database.js';
import type { Dialect } from '../store/dialect.js';
import { createKeptSummaries, type KeptSummaries } from './accountability-cache.js';
import { type ChangeBus, createChangeBus, deferredBus } from './changes.js';
import type { FindingsComputer } from './findings/computed.js';
import { createSessionCache, type SessionCache } from './session-cache.js';

/** What every service needs: the database, the clock and the id source are injected, never global. */
export interface ServiceContext {
  db: Db;
  dialect: Dialect;
  config: Config;
  log: Logger;
  now(): Date;
  newId(): string;
  /** Tells this and the other server processes what changed; inside a transaction, once it commits. */
  changes: ChangeBus;
  /** Sessions resolved lately, dropped when the bus says they changed. */
  sessionCache: SessionCache;
  /** The accountability map's summaries lately counted, dropped when the bus says they changed. */
  mapSummaries: KeptSummaries;
  /** Where the database is, for work done on a connection of its own off the request path. */
  source?: DatabaseSource;
  /** Computes an organization's findings off the server's thread (the findings worker), when it runs. */
  findingsComputer?: FindingsComputer;
}

export function createServiceContext(
  parts: Pick<ServiceContext, 'db' | 'dialect' | 'config' | 'log'> &
    Partial<Pick<ServiceContext, 'now' | 'newId' | 'changes' | 'source'>>,
): ServiceContext {
  const changes = parts.changes ?? createChangeBus({ log: parts.log });
  return {
    now: () => new Date(),
    newId: () => uuidv7(),
    ...parts,
    changes,
    sessionCache: createSessionCache(changes, parts.config.sessionCacheMs),
    mapSummaries: createKeptSummaries(changes),
  };
}

export const iso = (date: Date): string => date.toISOString();

/**
 * Runs `work` in one transaction; the context it gets writes through that transaction. Inside a
 * transaction already, the work joins it, so services compose into one atomic change. What the work
 * publishes on the change bus is told once the transaction has committed, and never if it fails.
 */
export async function inTransaction<T>(
  ctx: ServiceContext,
  work: (tx: ServiceContext) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx);
  const changes = deferredBus(ctx.changes);
  const result = await inDatabaseTransaction(ctx.db, (db) => work({ ...ctx, db, changes }));
  changes.flush();
  return result;
}
