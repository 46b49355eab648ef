import pino from 'pino';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../migrations/index.js';
import { createServiceContext } from '../services/context.js';
import { openDatabase } from '../store/database.js';
import { loadDemo } from './load-demo.js';
import { DEMO_PASSWORD, demoPeople } from './organization.js';

/** `npm run demo`: loads the demo organization into the configured database, with a progress bar. */
async function main(): Promise<void> {
  const config = loadConfig();
  const handle = openDatabase(config);
  try {
    await migrateToLatest(handle.db, handle.dialect);
    const ctx = createServiceContext({ ...handle, config, log: pino({ level: 'warn' }) });
    await loadDemo(ctx, ({ done, total, step }) => {
      const width = 30;
      const filled = Math.round((done / total) * width);
      const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${step}`;
      // A terminal redraws one bar; a log gets one line a step.
      if (process.stdout.isTTY) {
        const columns = process.stdout.columns || 100;
        process.stdout.write(`\r${line.slice(0, columns - 1).padEnd(columns - 1)}`);
      } else {
        process.stdout.write(`${line}\n`);
      }
    });
    process.stdout.write('\n\nThe demo organization is loaded. Sign in with any of these, password ');
    process.stdout.write(`"${DEMO_PASSWORD}":\n`);
    for (const person of demoPeople) process.stdout.write(`  ${person.email.padEnd(30)} ${person.title}\n`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
