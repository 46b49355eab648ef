import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Engine } from '../server/config.js';
import { migrateToLatest } from '../server/migrations/index.js';
import { type DatabaseHandle, openPostgres, openSqlite } from '../server/store/database.js';
import { rebuildStandings } from '../server/store/standings.js';
import { type BulkWriter, PostgresBulkWriter, SqliteBulkWriter } from './bulk-writer.js';

/**
 * A database of the benchmark's own: a SQLite file in a temporary directory, or a fresh PostgreSQL
 * database made from DATABASE_URL (`accord_bench_<random>`) and dropped after, as the tests do.
 */
export interface BenchDatabase {
  engine: Engine;
  /** What the server needs in its environment to open it. */
  env: Record<string, string>;
  open(): DatabaseHandle;
  writer(): BulkWriter;
  /** Whether the database is running a query of someone else's (PostgreSQL; SQLite runs in the server). */
  isBusy?: () => Promise<boolean>;
  drop(): Promise<void>;
}

export async function createBenchDatabase(adminUrl: string | undefined): Promise<BenchDatabase> {
  if (!adminUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-'));
    const file = path.join(dir, 'accord.sqlite');
    return {
      engine: 'sqlite',
      env: { ACCORD_DATA_DIR: dir },
      open: () => openSqlite(file),
      writer: () => new SqliteBulkWriter(file),
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `accord_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let watcher: pg.Client | undefined;
  return {
    engine: 'postgres',
    env: { DATABASE_URL: url.toString() },
    open: () => openPostgres(url.toString(), { max: 2 }),
    writer: () => new PostgresBulkWriter(url.toString()),
    async isBusy() {
      if (!watcher) {
        watcher = new pg.Client({ connectionString: adminUrl });
        await watcher.connect();
      }
      const { rows } = await watcher.query<{ n: string }>(
        `select count(*) as n from pg_stat_activity
          where datname = $1 and state = 'active' and pid <> pg_backend_pid()`,
        [name],
      );
      return Number(rows[0]?.n ?? 0) > 0;
    },
    async drop() {
      await watcher?.end();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Applies the app's migrations (what the server does at start) and says how long that took. */
export async function timeMigrations(database: BenchDatabase): Promise<{ ms: number; applied: number }> {
  const handle = database.open();
  try {
    const started = performance.now();
    const applied = await migrateToLatest(handle.db, handle.dialect);
    return { ms: performance.now() - started, applied: applied.length };
  } finally {
    await handle.close();
  }
}

/**
 * Fills in the promise standings (migration 0007) for what the bulk writer wrote straight into the
 * tables, as the migration does for an existing database: the app keeps them on write, and the
 * generator writes around the app.
 */
export async function fillStandings(database: BenchDatabase): Promise<{ ms: number; promises: number }> {
  const handle = database.open();
  try {
    const started = performance.now();
    const promises = await rebuildStandings(handle.db, handle.dialect);
    return { ms: performance.now() - started, promises };
  } finally {
    await handle.close();
  }
}
