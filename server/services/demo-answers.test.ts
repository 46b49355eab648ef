import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Engine } from '../config.js';
import { loadConfig } from '../config.js';
import { loadDemo } from '../demo/load-demo.js';
import { AppError } from '../errors.js';
import { migrateToLatest } from '../migrations/index.js';
import { type DatabaseHandle, openPostgres, openSqlite } from '../store/database.js';
import * as people from '../store/people.js';
import { listPromises } from '../store/promises.js';
import { TestClock } from '../test/clock.js';
import { testEngines } from '../test/harness.js';
import { legacyGetInbox, legacyGetProgress, legacyListPromisesOf } from '../test/legacy-reads.js';
import { createTestPostgres } from '../test/postgres.js';
import type { MemberActor } from './authorization.js';
import { getProgress } from './check-ins.js';
import { createServiceContext, type ServiceContext } from './context.js';
import { getInbox } from './inbox.js';
import { loadViewer } from './parties.js';
import { viewerParties } from './promises/visibility.js';

/**
 * Issue 9 rewrote the reads that loaded a whole organization to load what the response shows. The
 * old paths live on, frozen, in server/test/legacy-reads.ts (production no longer has them); here
 * both answer for every person and every promise of the demo organization, and must agree exactly.
 *
 * The demo is loaded into a database of its own on both engines: its accounts are unique, and the
 * run's shared PostgreSQL database belongs to the demo's own test.
 */
async function openDemoDatabase(engine: Engine): Promise<{ handle: DatabaseHandle; drop(): Promise<void> }> {
  if (engine === 'postgres') {
    const database = await createTestPostgres();
    const handle = openPostgres(database.url, { max: 4 });
    return {
      handle,
      async drop() {
        await handle.close();
        await database.drop();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-demo-answers-'));
  const handle = openSqlite(path.join(dir, 'accord.sqlite'));
  await migrateToLatest(handle.db, handle.dialect);
  return {
    handle,
    async drop() {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The answer, or the error code it was refused with: drafts are invisible to most people. */
async function outcome<T>(read: () => Promise<T>): Promise<T | { refused: string }> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError) return { refused: error.code };
    throw error;
  }
}

describe.each(testEngines())('the rewritten reads on the demo organization, on %s', (engine) => {
  let opened: { handle: DatabaseHandle; drop(): Promise<void> } | undefined;
  let ctx: ServiceContext;
  let actors: MemberActor[] = [];
  let promiseIds: string[] = [];

  beforeAll(async () => {
    if (engine === 'postgres' && !inject('postgresUrl')) throw new Error('PostgreSQL was not set up');
    opened = await openDemoDatabase(engine);
    const clock = new TestClock();
    ctx = createServiceContext({
      ...opened.handle,
      config: loadConfig({ PORT: '0' }, { logLevel: 'silent', jobIntervalMs: null }),
      log: pino({ level: 'silent' }),
      now: clock.now,
    });
    const { organizationId } = await loadDemo(ctx, () => {});
    // Both paths read at the same instant, so staleness and due check-ins are compared, not raced.
    clock.set(clock.now());
    const members = await people.listMembers(ctx.db, ctx.dialect, organizationId);
    actors = members.map((m) => ({
      personId: m.id,
      name: m.name,
      email: m.email,
      organizationId,
      role: m.role,
      via: 'session',
    }));
    promiseIds = (
      await ctx.db.selectFrom('promises').select('id').where('organization_id', '=', organizationId).execute()
    ).map((r) => r.id);
  }, 120_000);
  afterAll(async () => {
    await opened?.drop();
  });

  it('has people, promises, contributions and proposed dependencies to compare', async () => {
    expect(actors.length).toBeGreaterThan(3);
    expect(promiseIds.length).toBeGreaterThan(10);
    const count = async (table: 'contributions' | 'dependencies') =>
      (await ctx.db.selectFrom(table).select('id').execute()).length;
    expect(await count('contributions')).toBeGreaterThan(0);
    expect(await count('dependencies')).toBeGreaterThan(0);
  });

  it('gives every person the same inbox as the old path', async () => {
    for (const actor of actors) {
      // The old path knew no totals and no limit; every item of the demo fits in the first 50.
      const { totals, limit: _limit, ...inbox } = await getInbox(ctx, actor);
      expect(inbox, actor.email).toEqual(await legacyGetInbox(ctx, actor));
      expect(totals).toEqual({
        awaitingMe: inbox.awaitingMe.length,
        waitingOnOthers: inbox.waitingOnOthers.length,
      });
    }
  });

  it('gives every person the same progress of every promise, roll-up included, as the old path', async () => {
    let rolledUp = 0;
    for (const actor of actors) {
      for (const id of promiseIds) {
        const now = await outcome(() => getProgress(ctx, actor, id));
        expect(now, `${actor.email} ${id}`).toEqual(await outcome(() => legacyGetProgress(ctx, actor, id)));
        if ('rolledUpScore' in now && now.rolledUpScore !== now.score) rolledUp += 1;
      }
    }
    // The roll-up was exercised: some promise's progress comes partly from its contributors.
    expect(rolledUp).toBeGreaterThan(0);
  }, 60_000);

  it("pages every person's promises, on each side, as the old OR/EXISTS filter did", async () => {
    for (const actor of actors) {
      const parties = viewerParties(await loadViewer(ctx, actor));
      for (const as of ['customer', 'performer', 'either'] as const) {
        for (let offset = 0; offset < 30; offset += 4) {
          const page = { limit: 4, offset };
          const now = await listPromises(
            ctx.db,
            actor.organizationId,
            { parties: { list: parties, as }, draftVisibleTo: 'all' },
            page,
          );
          const before = await legacyListPromisesOf(ctx, actor.organizationId, parties, as, page);
          expect(now, `${actor.email} ${as} ${offset}`).toEqual(before);
        }
      }
    }
  });
});
