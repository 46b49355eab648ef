import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { urlOf } from '../contract/endpoints/endpoint.js';
import { endpointsByNoun as api } from '../contract/endpoints/index.js';
import { loadConfig } from '../server/config.js';
import { hashPassword } from '../server/security/passwords.js';
import { type BenchDatabase, createBenchDatabase, fillStandings, timeMigrations } from './bench-database.js';
import { fetchJson, measure, type Target, type TargetResult } from './load.js';
import { type BenchResult, growthLines, printLevels, summaryTable, verdicts } from './report.js';
import { ensureBuilt, ROOT, type ServerProcess, startServer } from './server-process.js';
import { isSizeName, SIZES } from './sizes.js';
import { generateOrganization, type SyntheticOrganization } from './synthetic-organization.js';

/**
 * `npm run bench -- --size S|M|L [--duration 5] [--timeout 30] [--keep] [--generate-only]`: builds the synthetic
 * organization of that size with bulk inserts (SQLite in a temporary directory, or a fresh
 * PostgreSQL database when DATABASE_URL is set), starts the built server on it, loads each endpoint
 * over HTTP with autocannon at 1, 8 and 64 connections beside a bare Fastify route, and prints the
 * figures, a table for the README and each figure against issue 9's targets. The results are also
 * written to bench/results/<size>-<engine>.json. Figures, not tests: nothing here fails on time.
 */
const PASSWORD = 'bench-password';

async function main() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'S' },
      duration: { type: 'string', default: '5' },
      timeout: { type: 'string', default: '30' },
      keep: { type: 'boolean', default: false },
      'generate-only': { type: 'boolean', default: false },
    },
  });
  const sizeName = values.size.toUpperCase();
  if (!isSizeName(sizeName) || sizeName === 'tiny')
    throw new Error(`--size must be S, M or L, got ${values.size}`);
  const size = SIZES[sizeName];
  const options = { duration: Number(values.duration), timeout: Number(values.timeout) };
  const adminUrl = process.env.DATABASE_URL || undefined;
  const engine = adminUrl ? 'postgres' : 'sqlite';
  const print = (line: string) => process.stdout.write(`${line}\n`);
  print(
    `Accord benchmark: size ${size.name} (${size.people.toLocaleString('en')} people, ${size.teams} teams, ` +
      `${size.promises.toLocaleString('en')} promises, ${size.checkIns.toLocaleString('en')} check-ins) on ${engine}; ` +
      `${os.cpus().length} cores, Node ${process.versions.node}, load average ${os.loadavg()[0]!.toFixed(1)}`,
  );
  // The machine may be shared: its load, before and after, says how much the figures can be trusted.
  const loadBefore = os.loadavg()[0]!;

  if (!values['generate-only']) ensureBuilt(print);
  const cleanup: Array<() => Promise<void>> = [];
  const runCleanup = async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  };
  // Interrupted, it still stops the servers it started and drops its database.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      print(`${signal}: stopping the servers and dropping the database`);
      void runCleanup().finally(() => process.exit(130));
    });
  }
  try {
    // Startup on an empty database: the server applies every migration itself.
    let startupEmptyMs = 0;
    if (!values['generate-only']) {
      const empty = await createBenchDatabase(adminUrl);
      const fresh = await startServer(empty.env);
      startupEmptyMs = fresh.startupMs;
      await fresh.stop();
      await empty.drop();
      print(`startup on an empty database: ${startupEmptyMs.toFixed(0)} ms`);
    }

    const database = await createBenchDatabase(adminUrl);
    cleanup.push(async () => {
      if (values.keep)
        print(`kept the database: ${JSON.stringify(database.env)}; sign in with password ${PASSWORD}`);
      else await database.drop();
    });
    const migrationsEmpty = await timeMigrations(database);
    print(
      `migrations on an empty database: ${migrationsEmpty.ms.toFixed(0)} ms (${migrationsEmpty.applied} applied)`,
    );

    print('generating the organization:');
    const generationStarted = performance.now();
    const passwordHash = await hashPassword(PASSWORD, loadConfig().passwordHashing);
    const writer = database.writer();
    const org = await generateOrganization(writer, size, { now: new Date(), passwordHash, log: print });
    await writer.close();
    const generationSeconds = (performance.now() - generationStarted) / 1000;
    print(`generated in ${generationSeconds.toFixed(1)} s`);
    const standings = await fillStandings(database);
    print(`standings of ${standings.promises} promises filled in: ${(standings.ms / 1000).toFixed(1)} s`);
    // Building the organization alone: to time or profile the generator without the load.
    if (values['generate-only']) return;

    const migrationsFull = await timeMigrations(database);
    print(
      `migrations on the full database: ${migrationsFull.ms.toFixed(0)} ms (${migrationsFull.applied} applied)`,
    );

    const loaded = await load(database, org, options, print, cleanup);
    const partial: Omit<BenchResult, 'verdicts'> = {
      size: size.name,
      engine,
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        node: process.versions.node,
        platform: `${os.platform()} ${os.release()}`,
        loadAverage: { before: loadBefore, after: os.loadavg()[0]! },
      },
      options,
      generation: { seconds: generationSeconds, counts: org.counts as Record<string, number> },
      migrations: { emptyMs: migrationsEmpty.ms, fullMs: migrationsFull.ms },
      startup: { emptyMs: startupEmptyMs, fullMs: loaded.startupMs },
      peakRssMb: loaded.peakRssMb,
      targets: loaded.targets,
    };
    const result: BenchResult = { ...partial, verdicts: verdicts(partial) };

    print('');
    print(summaryTable(result));
    print('');
    print(`Against the targets at L (measured at ${size.name}):`);
    for (const v of result.verdicts) print(`  ${v.met ? 'met    ' : 'NOT MET'}  ${v.target}: ${v.figure}`);
    const atS = path.join(ROOT, 'bench/results', `S-${engine}.json`);
    if (size.name !== 'S' && fs.existsSync(atS)) {
      print('');
      print('Growth of person-level reads from S (target at L: at most 2×):');
      for (const line of growthLines(result, JSON.parse(fs.readFileSync(atS, 'utf8')) as BenchResult))
        print(line);
    }
    const file = path.join(ROOT, 'bench/results', `${size.name}-${engine}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    print('');
    print(`written to ${path.relative(ROOT, file)}`);
  } finally {
    await runCleanup();
  }
}

/** Starts the server on the full database and the bare route beside it, and measures every target. */
async function load(
  database: BenchDatabase,
  org: SyntheticOrganization,
  options: { duration: number; timeout: number },
  print: (line: string) => void,
  cleanup: Array<() => Promise<void>>,
): Promise<{ startupMs: number; peakRssMb: number | null; targets: TargetResult[] }> {
  let server: ServerProcess = await startServer(database.env);
  const startupMs = server.startupMs;
  print(`startup on the full database: ${startupMs.toFixed(0)} ms`);
  let peakRssMb: number | null = null;
  const notePeak = () => {
    const peak = server.peakRssMb();
    if (peak !== null) peakRssMb = Math.max(peakRssMb ?? 0, peak);
  };
  cleanup.push(async () => {
    notePeak();
    await server.stop();
  });

  // The baseline serves what a person-level page sends: this promise's detail as the server sent it.
  const detailPath = urlOf(api.promises.getPromise, { params: { id: org.promiseId } });
  const payload = await fetchJson(server.url, detailPath, org.lead.token);
  const payloadFile = path.join(os.tmpdir(), `accord-bench-payload-${process.pid}.json`);
  fs.writeFileSync(payloadFile, JSON.stringify(payload));
  const bare = await startBare(payloadFile);
  cleanup.push(async () => {
    bare.child.kill('SIGTERM');
    fs.rmSync(payloadFile, { force: true });
  });

  const { lead, member, owner, writers, cycles } = org;
  const levels = [1, 8, 64] as const;
  const read = (name: string, group: Target['group'], targetPath: string, token = lead.token): Target => ({
    name,
    group,
    method: 'GET',
    path: targetPath,
    token,
    connections: levels,
  });
  const current = cycles.current.id;
  const targets: Target[] = [
    { ...read('bare Fastify route', 'baseline', '/bare'), token: null, url: bare.url },
    read('inbox of a team lead', 'person', urlOf(api.inbox.getInbox)),
    read('promise list, first page', 'person', urlOf(api.promises.listPromises, { query: {} })),
    read(
      'promise list of the quarter',
      'person',
      urlOf(api.promises.listPromises, { query: { cycleId: current } }),
    ),
    read('promise list, mine', 'person', urlOf(api.promises.listPromises, { query: { mine: 'true' } })),
    read('promise detail', 'person', detailPath),
    read('promise progress', 'person', urlOf(api.checkIns.getProgress, { params: { id: org.promiseId } })),
    read(
      'check-ins of a promise',
      'person',
      urlOf(api.checkIns.listCheckIns, { params: { id: org.promiseId } }),
    ),
    // The other lists, a first page each with its total, and the search a person picker makes.
    read('people, first page', 'person', urlOf(api.people.listPeople, { query: {} })),
    read(
      'people search (a picker)',
      'person',
      urlOf(api.people.listPeople, { query: { q: 'a', limit: 20 } }),
    ),
    read('teams, first page', 'person', urlOf(api.teams.listTeams, { query: {} })),
    read('notifications of a team lead', 'person', urlOf(api.notifications.listNotifications, { query: {} })),
    read(
      'cycle timeline',
      'person',
      urlOf(api.cycles.getCycleTimeline, { params: { id: current }, query: {} }),
    ),
    read(
      'dashboard of a person',
      'person',
      urlOf(api.dashboard.getDashboard, { query: { cycleId: current, personId: member.personId } }),
    ),
    read(
      'dashboard of a team',
      'person',
      urlOf(api.dashboard.getDashboard, { query: { cycleId: current, teamId: org.teamId } }),
    ),
    read(
      'dashboard of the organization',
      'organization',
      urlOf(api.dashboard.getDashboard, { query: { cycleId: current } }),
      owner.token,
    ),
    read(
      'accountability map of the quarter',
      'organization',
      urlOf(api.accountability.getAccountability, { query: { cycleId: current } }),
    ),
    read(
      "accountability map of a team's quarter",
      'organization',
      urlOf(api.accountability.getTeamAccountability, {
        params: { teamId: org.teamId },
        query: { cycleId: current },
      }),
    ),
    read(
      'planning board of the quarter',
      'organization',
      urlOf(api.planningBoard.getPlanningBoard, { params: { id: current } }),
    ),
    read(
      'cycle review of the last quarter',
      'organization',
      urlOf(api.cycleReview.getCycleReview, { params: { id: cycles.previous.id }, query: {} }),
      owner.token,
    ),
    {
      name: 'check-in write',
      group: 'write',
      method: 'POST',
      path: urlOf(api.checkIns.createCheckIn, { params: { id: writers[0]!.promiseId } }),
      token: writers[0]!.token,
      connections: [1, 64],
      nth: (n) => {
        const writer = writers[n % writers.length]!;
        return {
          path: urlOf(api.checkIns.createCheckIn, { params: { id: writer.promiseId } }),
          token: writer.token,
          body: JSON.stringify({
            values: writer.values,
            confidence: 7,
            status: 'on-track',
            note: 'bench',
            blockers: '',
          }),
        };
      },
    },
  ];

  const results: TargetResult[] = [];
  for (const target of targets) {
    print('');
    const measured = await measure(server.url, target, options, () =>
      server.waitUntilIdle(undefined, database.isBusy),
    );
    const { probeTimedOut, ...result } = measured;
    results.push(result);
    printLevels(result, results[0], print);
    if (probeTimedOut && target.group !== 'baseline') {
      // The request goes on inside the server after the client gave up: start afresh.
      notePeak();
      await server.stop();
      server = await startServer(database.env);
      print(`  (restarted the server: it was still working on the request that timed out)`);
    }
  }
  notePeak();
  return { startupMs, peakRssMb, targets: results };
}

async function startBare(payloadFile: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'bench/bare-server.ts'), payloadFile],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const line = text.split('\n')[0];
      if (text.includes('\n') && line) resolve(`${line.trim()}`);
    });
    child.once('exit', (code) => reject(new Error(`the bare server exited (${code})`)));
  });
  return { child, url };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
