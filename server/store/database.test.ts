import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../migrations/index.js';
import { testEngines } from '../test/harness.js';
import { openDatabase, withStatementCache } from './database.js';

describe.each(testEngines())('starting on %s', (engine) => {
  it(
    engine === 'sqlite'
      ? 'uses a SQLite file in the data directory, in WAL mode, by default'
      : 'uses PostgreSQL when DATABASE_URL is set',
    async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-db-'));
      const env =
        engine === 'sqlite' ? { ACCORD_DATA_DIR: dataDir } : { DATABASE_URL: inject('postgresUrl') ?? '' };
      const handle = openDatabase(loadConfig(env));
      try {
        expect(handle.engine).toBe(engine);
        await migrateToLatest(handle.db, handle.dialect);
        if (engine === 'sqlite') {
          expect(fs.existsSync(path.join(dataDir, 'accord.sqlite'))).toBe(true);
          const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(handle.db);
          expect(rows[0]?.journal_mode).toBe('wal');
        } else {
          const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(handle.db);
          expect(rows[0]?.name).toMatch(/^accord_test_/);
        }
      } finally {
        await handle.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});

describe('the SQLite statement cache', () => {
  it('prepares each query once and keeps the most recently used ones', () => {
    const sqlite = new SqliteDatabase(':memory:');
    const prepared: string[] = [];
    const counting = new Proxy(sqlite, {
      get(target, property) {
        if (property === 'prepare')
          return (source: string) => {
            prepared.push(source);
            return target.prepare(source);
          };
        const value = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const cached = withStatementCache(counting, 2);
    try {
      const one = cached.prepare('select 1 as n');
      expect(cached.prepare('select 1 as n')).toBe(one);
      expect(one.get()).toEqual({ n: 1 });
      cached.prepare('select 2 as n');
      // Using 1 again makes 2 the least recently used: 3 takes its place.
      cached.prepare('select 1 as n');
      cached.prepare('select 3 as n');
      expect(cached.prepare('select 1 as n')).toBe(one);
      cached.prepare('select 2 as n');
      expect(prepared).toEqual(['select 1 as n', 'select 2 as n', 'select 3 as n', 'select 2 as n']);
    } finally {
      cached.close();
    }
  });

  it('runs writes and reads through cached statements with the values bound each time', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-db-'));
    const handle = openDatabase(loadConfig({ ACCORD_DATA_DIR: dir }));
    try {
      await sql`create table t (n integer)`.execute(handle.db);
      for (const n of [1, 2, 3]) await sql`insert into t (n) values (${n})`.execute(handle.db);
      const { rows } = await sql<{ total: number }>`select sum(n) as total from t where n > ${1}`.execute(
        handle.db,
      );
      expect(rows).toEqual([{ total: 5 }]);
    } finally {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
