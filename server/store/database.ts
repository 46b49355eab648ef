import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, type KyselyConfig, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Engine } from '../config.js';
import { type Dialect, dialectFor } from './dialect.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

/**
 * Runs `work` in one transaction on `db`, or on `db` itself when it is a transaction already, so
 * that work composed of several steps commits (or fails) as one.
 */
export function inDatabaseTransaction<T>(db: Db, work: (db: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}

/** Where a database is, for another thread to open a connection of its own (the findings worker). */
export type DatabaseSource = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  engine: Engine;
  /** Absent for a database no other connection can reach (SQLite in memory). */
  source?: DatabaseSource;
  /** The pool's connections now, for the metrics; absent on SQLite, which has no pool. */
  connections?: () => { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

const PG_INT8 = 20;
const PG_TIMESTAMPTZ = 1184;

/** PostgreSQL hands back timestamps as ISO text and counts as numbers, the same as SQLite. */
function pgTypeParser(oid: number, format?: string): (value: string) => unknown {
  if (oid === PG_TIMESTAMPTZ) return (value) => new Date(value).toISOString();
  if (oid === PG_INT8) return (value) => Number(value);
  return pg.types.getTypeParser(oid, format as 'text');
}

/** Sees each query as it is run, compiled: the tests that check query plans collect them so. */
export type QueryObserver = (query: { sql: string; parameters: readonly unknown[] }) => void;

function logOf(observe: QueryObserver | undefined): KyselyConfig['log'] {
  if (!observe) return undefined;
  return (event) => observe({ sql: event.query.sql, parameters: event.query.parameters });
}

export function openPostgres(
  url: string,
  options: { max?: number; observe?: QueryObserver } = {},
): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types: { getTypeParser: pgTypeParser as typeof pg.types.getTypeParser },
  });
  // The pool's end resolves once it has let go of its clients, before their sockets have closed: the
  // handle waits for those too, so that whoever drops the database next finds no session on it. A
  // client the pool has let go of may still hear the server's goodbye; that is not an error.
  const open = new Set<pg.Client>();
  pool.on('connect', (client) => {
    open.add(client);
    client.on('error', () => {});
    client.once('end', () => open.delete(client));
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: logOf(options.observe) });
  return {
    db,
    dialect: dialectFor('postgres'),
    engine: 'postgres',
    source: { engine: 'postgres', url },
    connections: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async close() {
      const closing = [...open].map((client) => new Promise((resolve) => client.once('end', resolve)));
      await db.destroy();
      await Promise.all(closing);
    },
  };
}

/** The embedded default: one file in the data directory, WAL, every commit synced. */
export function openSqlite(file: string, options: { observe?: QueryObserver } = {}): DatabaseHandle {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    log: logOf(options.observe),
  });
  return {
    db,
    dialect: dialectFor('sqlite'),
    engine: 'sqlite',
    ...(file === ':memory:' ? {} : { source: { engine: 'sqlite' as const, file: path.resolve(file) } }),
    close: () => db.destroy(),
  };
}

/** How many prepared statements a SQLite connection keeps: far more than the app has distinct queries. */
export const STATEMENT_CACHE_SIZE = 2000;

/**
 * Kysely prepares every query it runs, and preparing costs more than running most of the app's
 * queries. The app's queries are few and their text repeats (values are bound, never inlined), so
 * the connection keeps each statement it prepared, least recently used first out. Kysely runs one
 * query at a time on the SQLite connection, so a statement is never run twice at once.
 */
export function withStatementCache(
  sqlite: SqliteDatabase.Database,
  capacity = STATEMENT_CACHE_SIZE,
): Pick<SqliteDatabase.Database, 'close' | 'prepare'> {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(source: string) {
      let statement = statements.get(source);
      if (statement) {
        // Re-inserted, it moves to the back: the front is the least recently used.
        statements.delete(source);
      } else {
        statement = sqlite.prepare(source);
        if (statements.size >= capacity) statements.delete(statements.keys().next().value!);
      }
      statements.set(source, statement);
      return statement;
    },
  } as Pick<SqliteDatabase.Database, 'close' | 'prepare'>;
}

export function openDatabase(config: { databaseUrl: string | null; dataDir: string }): DatabaseHandle {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : openSqlite(path.join(config.dataDir, 'accord.sqlite'));
}
