import pg from 'pg';
import { migrateToLatest } from '../migrations/index.js';
import { openPostgres } from '../store/database.js';
import { dialectFor } from '../store/dialect.js';

const ADMIN_URL = process.env.ACCORD_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let created = 0;

export async function createTestPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `accord_test_${Date.now()}_${process.pid}_${++created}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${ADMIN_URL} (${String(error)}). Start it (pg_ctlcluster 15 main start) ` +
        'or run ACCORD_TEST_ENGINES=sqlite for a SQLite-only local loop.',
    );
  }
  await admin.query(`create database ${name}`);
  // A test database needs no durability across a crash of PostgreSQL itself: commits that do not
  // wait for the disk make the suite's many small transactions cheaper, and change no answer.
  await admin.query(`alter database ${name} set synchronous_commit = off`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString(), { max: 2 });
  await migrateToLatest(handle.db, dialectFor('postgres'));
  await handle.close();
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
