import type { Logger } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import type { Config } from '../config.js';
import { type Db, inDatabaseTransaction } from '../store/database.js';
import type { Dialect } from '../store/dialect.js';

/** What every service needs: the database, the clock and the id source are injected, never global. */
export interface ServiceContext {
  db: Db;
  dialect: Dialect;
  config: Config;
  log: Logger;
  now(): Date;
  newId(): string;
}

export function createServiceContext(
  parts: Pick<ServiceContext, 'db' | 'dialect' | 'config' | 'log'> &
    Partial<Pick<ServiceContext, 'now' | 'newId'>>,
): ServiceContext {
  return { now: () => new Date(), newId: () => uuidv7(), ...parts };
}

export const iso = (date: Date): string => date.toISOString();

/**
 * Runs `work` in one transaction; the context it gets writes through that transaction. Inside a
 * transaction already, the work joins it, so services compose into one atomic change.
 */
export async function inTransaction<T>(
  ctx: ServiceContext,
  work: (tx: ServiceContext) => Promise<T>,
): Promise<T> {
  return inDatabaseTransaction(ctx.db, (db) => work(db === ctx.db ? ctx : { ...ctx, db }));
}
