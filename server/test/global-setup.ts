import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../migrations/index.js';
import { openSqlite } from '../store/database.js';
import { createTestPostgres } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
    /** A SQLite file migrated to the latest schema, which each test's database starts as a copy of. */
    sqliteTemplate: string;
  }
}

/**
 * One PostgreSQL database per test run, migrated once and dropped after. Tests share it and stay
 * independent by each making its own organization. Setting ACCORD_TEST_ENGINES=sqlite skips it for
 * a quick local loop; CI refuses that setting, so PostgreSQL can never be skipped there.
 */
export default async function setup(project: TestProject) {
  const template = await migratedSqliteTemplate();
  project.provide('sqliteTemplate', template.file);
  const engines = (process.env.ACCORD_TEST_ENGINES ?? 'sqlite,postgres').split(',');
  if (!engines.includes('postgres')) {
    if (process.env.CI) throw new Error('CI must run the PostgreSQL tests: unset ACCORD_TEST_ENGINES');
    project.provide('postgresUrl', null);
    return template.remove;
  }
  const database = await createTestPostgres();
  project.provide('postgresUrl', database.url);
  return async () => {
    await database.drop();
    template.remove();
  };
}

/**
 * Migrating a SQLite database takes about two seconds, and the suite opens hundreds: it migrates one
 * here, and each test's database is a copy of the file (closing the handle folds the WAL into it).
 */
async function migratedSqliteTemplate(): Promise<{ file: string; remove(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-template-'));
  const file = path.join(dir, 'accord.sqlite');
  const handle = openSqlite(file);
  await migrateToLatest(handle.db, handle.dialect);
  await handle.close();
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
