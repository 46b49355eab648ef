import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from './config.js';
import { type DatabaseHandle, openPostgres, openSqlite } from './store/database.js';
import { listJobRuns } from './store/shared-state.js';
import { Browser } from './test/browser.js';
import { openEventStream } from './test/event-stream.js';
import { testEngines } from './test/harness.js';
import { createTestPostgres } from './test/postgres.js';
import { type ServerProcess, startServerProcess } from './test/server-process.js';

const JOB = 'notify-planning-milestones';

/**
 * Two Accord processes on one database, as behind a load balancer: each started as production
 * starts it, on its own port, with the periodic jobs every second. On PostgreSQL they are one
 * Accord in every respect; on SQLite (one machine, which may still run two processes on one file)
 * they share what lives in the database, and live changes stay within each process.
 */
describe.each(testEngines())('two server processes on one %s database', (engine: Engine) => {
  let first: ServerProcess;
  let second: ServerProcess;
  let handle: DatabaseHandle;
  let cleanup = async () => {};

  beforeAll(async () => {
    let env: Record<string, string>;
    if (engine === 'postgres') {
      // A database of its own: the jobs visit every organization in it.
      const database = await createTestPostgres();
      env = { DATABASE_URL: database.url };
      handle = openPostgres(database.url, { max: 2 });
      cleanup = () => database.drop();
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-processes-'));
      env = { DATABASE_URL: '', ACCORD_DATA_DIR: dir };
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
      // The first process migrates the file; the second finds it migrated.
      first = await startServerProcess({ ...env, ACCORD_JOB_INTERVAL_SECONDS: '1' });
      handle = openSqlite(path.join(dir, 'accord.sqlite'));
    }
    first ??= await startServerProcess({ ...env, ACCORD_JOB_INTERVAL_SECONDS: '1' });
    second = await startServerProcess({ ...env, ACCORD_JOB_INTERVAL_SECONDS: '1' });
  }, 120_000);

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await handle?.close();
    await cleanup();
  });

  const owner = new Browser();

  it('keeps a session made through one process good on the other', async () => {
    const signedUp = await owner.request(first, 'POST', '/api/v1/auth/signup', {
      organizationName: 'Two Processes',
      name: 'Grace Hopper',
      email: 'grace@processes.test',
      password: 'correct horse battery',
    });
    expect(signedUp.status).toBe(201);
    const me = await owner.request(second, 'GET', '/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ person: { email: 'grace@processes.test' } });
  });

  it('counts a login limit across both: attempts spent on one are refused on the other', async () => {
    const attempt = (server: ServerProcess) =>
      new Browser().request(server, 'POST', '/api/v1/auth/login', {
        email: 'mallory@processes.test',
        password: 'guess guess guess',
      });
    // The limit is ten a minute per address and email; each process sees only half the attempts.
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) statuses.push((await attempt(i % 2 === 0 ? first : second)).status);
    expect(statuses).toEqual(Array(10).fill(401));
    expect((await attempt(second)).status).toBe(429);
    expect((await attempt(first)).status).toBe(429);
  });

  // Live changes cross processes over LISTEN/NOTIFY; SQLite's bus is the process's own.
  if (engine === 'postgres') {
    it("streams a move made through one process to a subscriber of the other, and drops the other's cached session at sign-out", async () => {
      const me = (await owner.request(second, 'GET', '/api/v1/me')).body as { person: { id: string } };
      const stream = await openEventStream(`${second.url}/api/v1/events`, { cookie: owner.cookieHeader });
      expect(stream.status).toBe(200);

      const { horizons } = (await owner.request(first, 'GET', '/api/v1/horizons')).body as {
        horizons: Array<{ id: string; key: string }>;
      };
      const cycle = (
        await owner.request(first, 'POST', '/api/v1/cycles', {
          name: 'FY2031-Q1',
          horizonId: horizons.find((h) => h.key === 'quarter')?.id,
          startDate: '2031-01-01',
          endDate: '2031-03-31',
        })
      ).body as { id: string };
      const requested = await owner.request(first, 'POST', '/api/v1/promises', {
        cycleId: cycle.id,
        customer: { type: 'person', id: me.person.id },
        performers: [{ type: 'person', id: me.person.id }],
        title: 'Run as one',
        dueDate: '2031-03-31',
        open: 'request',
      });
      expect(requested.status).toBe(201);
      const promiseId = (requested.body as { id: string }).id;
      // The owner asked themselves: the move is streamed; no notification, for nobody else is concerned.
      expect(await stream.next()).toEqual({ kind: 'promise-moved', promiseId });

      // The second process has the session cached (it just served it); signing out on the first
      // drops it there too, long before the cache would let it go, and ends its stream.
      const cookie = owner.cookieHeader;
      expect((await owner.request(second, 'GET', '/api/v1/me')).status).toBe(200);
      expect((await owner.request(first, 'POST', '/api/v1/auth/logout')).status).toBe(204);
      await stream.ended;
      const meWith = () => fetch(`${second.url}/api/v1/me`, { headers: { cookie } }).then((r) => r.status);
      await expect.poll(meWith, { timeout: 10_000 }).toBe(401);
    });
  }

  it('runs each periodic job once per slot across both processes', async () => {
    await expect
      .poll(async () => (await listJobRuns(handle.db, JOB)).filter((run) => run.outcome).length, {
        timeout: 20_000,
        interval: 200,
      })
      .toBeGreaterThanOrEqual(3);
    // Stopping lets a pass under way finish, so every claimed slot has run when both are gone.
    await Promise.all([first.stop(), second.stop()]);
    const runs = await listJobRuns(handle.db, JOB);
    const ranBy = [first, second].map(
      (server) => server.logs().filter((line) => line.msg === 'job ran' && line.job === JOB).length,
    );
    const skippedBy = [first, second].map(
      (server) =>
        server.logs().filter((line) => line.msg === 'job slot claimed by another process' && line.job === JOB)
          .length,
    );
    // Both processes ticked each second; each slot ran once, by whichever claimed it. Whether their
    // ticks met in one slot is up to the timers (scheduler.test.ts makes two schedulers meet for
    // certain): here, both took part, and no slot ran twice.
    expect(ranBy[0]! + ranBy[1]!).toBe(runs.length);
    expect(runs.every((run) => run.outcome === 'succeeded')).toBe(true);
    expect(new Set(runs.map((run) => run.slot)).size).toBe(runs.length);
    for (const i of [0, 1])
      expect(ranBy[i]! + skippedBy[i]!, `process ${i + 1} ticked`).toBeGreaterThanOrEqual(1);
  });
});
