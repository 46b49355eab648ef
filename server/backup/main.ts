import path from 'node:path';
import { loadConfig } from '../config.js';
import { backupSqlite } from '../store/backup.js';

/** What to do on PostgreSQL, where the database's own tool takes the consistent online copy. */
export const POSTGRES_BACKUP_ADVICE = `Accord runs on PostgreSQL here (DATABASE_URL is set): back it up with PostgreSQL's own tool,
which takes a consistent copy while the server runs:

  pg_dump --format=custom --file=accord.dump "$DATABASE_URL"

and restore it into an empty database with:

  pg_restore --no-owner --dbname="$DATABASE_URL" accord.dump

To move one organization between instances or engines instead, export its archive
(accord export --format json) and restore it (accord restore FILE).
`;

/** `npm run backup -- FILE`: a consistent online copy of the SQLite database, or how to take one on PostgreSQL. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.databaseUrl) {
    process.stdout.write(POSTGRES_BACKUP_ADVICE);
    return;
  }
  const [target] = process.argv.slice(2);
  if (!target) {
    process.stderr.write('Usage: npm run backup -- FILE   (for example backups/accord-2026-12-07.sqlite)\n');
    process.exitCode = 2;
    return;
  }
  const result = await backupSqlite(path.join(config.dataDir, 'accord.sqlite'), target);
  process.stdout.write(
    `Backed up the database to ${result.file} (${result.bytes} bytes, ${result.tables} tables, integrity checked).\n` +
      `To restore it, stop the server and put it in place of ${path.join(config.dataDir, 'accord.sqlite')}.\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
