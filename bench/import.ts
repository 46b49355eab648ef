import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { planImport } from '../core/imports/index.js';
import { loadConfig } from '../server/config.js';
import { migrateToLatest } from '../server/migrations/index.js';
import { createOrganizationFor, createPerson } from '../server/services/accounts.js';
import { createServiceContext } from '../server/services/context.js';
import { readImportFile } from '../server/services/imports/read-file.js';
import { writeImport } from '../server/services/imports/write-import.js';
import { createBenchDatabase } from './bench-database.js';

/**
 * `npx tsx bench/import.ts [ROWS]` (100,000 by default): an Ally.io OKRs sheet of ROWS rows (one
 * objective in four with a key result row under it, 500 owners, four quarters in a year) read,
 * planned and written as the import job does, on SQLite or on DATABASE_URL's PostgreSQL. Prints
 * the rows per second of each phase; the issue asks for 100,000 rows in under 30 seconds.
 */
const rows = Number(process.argv[2] ?? 100_000);
const OWNERS = 500;

function allySheet(count: number): { csv: string; users: string } {
  const users = ['User Name,User Email,Teams,Manager Email,Is Org Admin'];
  for (let i = 0; i < OWNERS; i += 1) users.push(`Person ${i},person${i}@bench.example,Team ${i % 20},,No`);
  const lines = [
    'Row ID,Title,Parent,Entity,Owner Email,Time Period,Metric Type,Start,Target,Current Value,Unit,Status',
  ];
  for (let i = 1; i <= count; i += 1) {
    const owner = `person${i % OWNERS}@bench.example`;
    if (i % 4 === 0) {
      lines.push(`${i},Key result ${i},${i - 1},,${owner},,Number,0,"1,000",${i % 1000},units,`);
    } else if (i % 4 === 1) {
      lines.push(`${i},Objective ${i},,Team ${i % 20},${owner},FY2026,,,,,,On track`);
    } else {
      lines.push(
        `${i},Objective ${i},${i - (i % 4) + 1},Team ${i % 20},${owner},Q${(i % 4) + 1} 2026,,,,,,At risk`,
      );
    }
  }
  return { csv: `${lines.join('\n')}\n`, users: `${users.join('\n')}\n` };
}

async function main() {
  const database = await createBenchDatabase(process.env.DATABASE_URL);
  const handle = database.open();
  try {
    await migrateToLatest(handle.db, handle.dialect);
    const ctx = createServiceContext({
      db: handle.db,
      dialect: handle.dialect,
      config: loadConfig({ ...process.env, ...database.env }),
      log: pino({ level: 'warn' }),
    });
    const person = await createPerson(ctx, {
      name: 'Importer',
      email: 'importer@bench.example',
      password: 'a long bench password',
    });
    const organization = await createOrganizationFor(ctx, person.id, 'Import bench');
    const actor = {
      personId: person.id,
      name: 'Importer',
      email: person.email,
      organizationId: organization.id,
      role: 'owner' as const,
      via: 'session' as const,
    };
    const { csv, users } = allySheet(rows);
    const context = {
      today: '2026-05-15',
      organizationName: 'Import bench',
      people: new Map(),
      teams: new Map(),
      cycles: new Map(),
      importedObjectives: new Set<string>(),
      defaultCustomerEmail: person.email,
      skipInvalidRows: false,
    };
    const people = await readImportFile({ fileName: 'users.csv', bytes: Buffer.from(users), source: 'ally' });
    await writeImport(ctx, actor, planImport(people.draft, context), () => undefined);
    const known = {
      ...context,
      people: new Map(people.draft.people.map((p) => [p.email, { name: p.name }])),
    };

    // CPU time beside wall time: on a shared machine the wall time says as much about the neighbours.
    const cpu = () => {
      const used = process.cpuUsage();
      return (used.user + used.system) / 1000;
    };
    const startedCpu = cpu();
    const started = performance.now();
    const { draft } = await readImportFile({ fileName: 'okrs.csv', bytes: Buffer.from(csv), source: 'ally' });
    const read = performance.now();
    const readCpu = cpu();
    const plan = planImport(draft, known);
    const planned = performance.now();
    const plannedCpu = cpu();
    if (plan.isBlocked) throw new Error(`the bench's sheet has errors: ${plan.problems[0]?.message}`);
    const result = await writeImport(ctx, actor, plan, () => undefined);
    const written = performance.now();
    const writtenCpu = cpu();
    const rate = (ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s`;
    const phase = (name: string, ms: number, cpuMs: number) =>
      `  ${name.padEnd(6)} ${(ms / 1000).toFixed(2)} s  ${rate(ms)}  (CPU ${(cpuMs / 1000).toFixed(2)} s, ${rate(cpuMs)} of CPU)`;
    console.log(
      `import of ${rows.toLocaleString('en')} rows on ${database.engine}: ${result.created} promises`,
    );
    console.log(phase('read', read - started, readCpu - startedCpu));
    console.log(phase('plan', planned - read, plannedCpu - readCpu));
    console.log(phase('write', written - planned, writtenCpu - plannedCpu));
    console.log(phase('total', written - started, writtenCpu - startedCpu));
    console.log(`  load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
  } finally {
    await handle.close();
    await database.drop();
  }
}

await main();
