import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOwner } from '../test/factories.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { backupSqlite } from './backup.js';

/** SQLite's backup API is SQLite's: on PostgreSQL, `npm run backup` prints how to use pg_dump. */
describe('an online backup of SQLite', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-backup-'));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('copies the database while the server writes to it, and the copy opens with everything committed', async () => {
    const source = await sqliteFileOf();
    const before = await signUpOwner(t.app, 'before');
    // Sign-ups keep landing while the copy is taken: the server is in use, not stopped.
    const during = Promise.all([1, 2, 3].map((n) => signUpOwner(t.app, `during-${n}`)));
    const result = await backupSqlite(source, path.join(dir, 'copy.sqlite'));
    await during;

    expect(result.tables).toBeGreaterThan(30);
    const copy = new SqliteDatabase(result.file, { readonly: true });
    try {
      const found = copy.prepare('select name from organizations where id = ?').get(before.organizationId);
      expect(found).toBeDefined();
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      copy.close();
    }
    await expect(backupSqlite(source, result.file)).rejects.toThrow(/exists already/);
  });

  async function sqliteFileOf(): Promise<string> {
    const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(t.handle.db);
    const main = rows.find((row) => row.name === 'main');
    if (!main?.file) throw new Error('the test database has no file');
    return main.file;
  }
});
