import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../migrations/index.js';
import { testEngines } from '../test/harness.js';
import { openDatabase } from './database.js';

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
