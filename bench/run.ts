import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { loadConfig } from '../server/config.js';
import { migrateToLatest } from '../server/migrations/index.js';
import { getAccountability } from '../server/services/accountability.js';
import { createServiceContext } from '../server/services/context.js';
import { getDashboard } from '../server/services/dashboard.js';
import { getInbox } from '../server/services/inbox.js';
import { makeMove } from '../server/services/promises/make-move.js';
import { getPromise, listPromises } from '../server/services/promises/read-promise.js';
import { type DatabaseHandle, openPostgres, openSqlite } from '../server/store/database.js';
import { createSyntheticOrganization } from './synthetic-organization.js';

/**
 * `npm run bench`: builds a synthetic organization and prints how long the reads people make all
 * day take (median and 95th percentile of repeated runs), on SQLite, and on PostgreSQL when
 * DATABASE_URL is set. Sizes: BENCH_TEAMS (default 20 teams of five), BENCH_PROMISES per person (3).
 */
async function main() {
  const teamCount = Number(process.env.BENCH_TEAMS ?? 20);
  const promisesPerPerson = Number(process.env.BENCH_PROMISES ?? 3);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-'));
  const handles: DatabaseHandle[] = [openSqlite(path.join(dir, 'bench.sqlite'))];
  if (process.env.DATABASE_URL) handles.push(openPostgres(process.env.DATABASE_URL));
  try {
    for (const handle of handles) await bench(handle, teamCount, promisesPerPerson);
  } finally {
    for (const handle of handles) await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function bench(handle: DatabaseHandle, teamCount: number, promisesPerPerson: number) {
  await migrateToLatest(handle.db, handle.dialect);
  const ctx = createServiceContext({ ...handle, config: loadConfig(), log: pino({ level: 'silent' }) });
  const started = performance.now();
  const org = await createSyntheticOrganization(ctx, { teamCount, promisesPerPerson }, (done, total) => {
    process.stdout.write(`\r${handle.engine}: generating ${done}/${total} teams`);
  });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `\r${handle.engine}: ${org.actors.length} people, ${org.promiseIds.length} promises, ` +
      `${org.promiseIds.length * 2} check-ins generated in ${seconds.toFixed(1)} s\n`,
  );
  const lead = org.actors[0]!;
  const performer = org.actors[1]!;
  const quarterPromise = org.promiseIds[1]!;
  const cases: Array<[string, () => Promise<unknown>]> = [
    [
      'list promises (50, filtered by cycle)',
      () => listPromises(ctx, lead, { cycleId: org.quarterId, as: 'either', limit: 50, offset: 0 }),
    ],
    ['promise detail with history and links', () => getPromise(ctx, lead, quarterPromise)],
    ['inbox of a team lead', () => getInbox(ctx, lead)],
    ['accountability map of the year', () => getAccountability(ctx, lead, { cycleId: org.yearId })],
    ['dashboard of the quarter', () => getDashboard(ctx, lead, { cycleId: org.quarterId })],
    [
      'comment move (write)',
      async () => {
        const detail = await getPromise(ctx, performer, quarterPromise);
        await makeMove(ctx, performer, quarterPromise, {
          act: 'comment',
          version: detail.version,
          text: 'bench',
        });
      },
    ],
  ];
  console.log(`${'operation'.padEnd(42)} ${'median'.padStart(9)} ${'p95'.padStart(9)}   runs`);
  for (const [name, run] of cases) {
    const runs = 20;
    await run();
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(runs / 2)]!;
    const p95 = times[Math.floor(runs * 0.95) - 1]!;
    console.log(
      `${name.padEnd(42)} ${median.toFixed(1).padStart(7)}ms ${p95.toFixed(1).padStart(7)}ms   ${runs}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
