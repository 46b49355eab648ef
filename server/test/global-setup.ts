import type { TestProject } from 'vitest/node';
import { createTestPostgres } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

/**
 * One PostgreSQL database per test run, migrated once and dropped after. Tests share it and stay
 * independent by each making its own organization. Setting ACCORD_TEST_ENGINES=sqlite skips it for
 * a quick local loop; CI refuses that setting, so PostgreSQL can never be skipped there.
 */
export default async function setup(project: TestProject) {
  const engines = (process.env.ACCORD_TEST_ENGINES ?? 'sqlite,postgres').split(',');
  if (!engines.includes('postgres')) {
    if (process.env.CI) throw new Error('CI must run the PostgreSQL tests: unset ACCORD_TEST_ENGINES');
    project.provide('postgresUrl', null);
    return;
  }
  const database = await createTestPostgres();
  project.provide('postgresUrl', database.url);
  return async () => {
    await database.drop();
  };
}
