import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PlanningBoardQuery } from '../../contract/planning-board.js';
import type { Engine } from '../config.js';
import { loadConfig } from '../config.js';
import { loadDemo } from '../demo/load-demo.js';
import { AppError } from '../errors.js';
import { migrateToLatest } from '../migrations/index.js';
import { firstDraftOfTeams, listCycles } from '../store/cycles.js';
import { type DatabaseHandle, openPostgres, openSqlite } from '../store/database.js';
import * as people from '../store/people.js';
import { TestClock } from '../test/clock.js';
import { testEngines } from '../test/harness.js';
import { legacyFirstDraftOfTeams, legacyGetBoard } from '../test/legacy-board.js';
import { createTestPostgres } from '../test/postgres.js';
import type { MemberActor } from './authorization.js';
import { createServiceContext, type ServiceContext } from './context.js';
import { getBoard } from './planning-board.js';

/**
 * Issue 9 paged the planning board by team and counts its columns in SQL; the whole-organization
 * board lives on, frozen, in server/test/legacy-board.ts. Here both answer for every person and
 * every cycle of the demo organization, now and as of a past moment, and must agree.
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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-board-answers-'));
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

async function outcome<T>(read: () => Promise<T>): Promise<T | { refused: string }> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError) return { refused: error.code };
    throw error;
  }
}

type Legacy = Awaited<ReturnType<typeof legacyGetBoard>>;

/** The old board as the paged one presents it: every team on one page, every column listed whole. */
function asPaged(old: Legacy) {
  const column = (promises: Legacy['teams'][number]['drafts']) => ({ total: promises.length, promises });
  return {
    cycle: old.cycle,
    milestones: old.milestones,
    direction: old.direction,
    total: old.teams.length,
    teams: old.teams.map((t) => ({
      ...t,
      drafts: column(t.drafts),
      proposed: column(t.proposed),
      agreed: column(t.agreed),
      declined: column(t.declined),
      unreviewed: [...t.unreviewed].sort(),
      unanswered: [...t.unanswered].sort(),
    })),
  };
}

describe.each(testEngines())('the paged planning board on the demo organization, on %s', (engine) => {
  let opened: { handle: DatabaseHandle; drop(): Promise<void> } | undefined;
  let ctx: ServiceContext;
  let organizationId = '';
  let actors: MemberActor[] = [];
  let cycleIds: string[] = [];
  let past = '';

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
    ({ organizationId } = await loadDemo(ctx, () => {}));
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
    cycleIds = (await listCycles(ctx.db, organizationId)).map((c) => c.id);
    // A moment in the middle of the demo's history: some promises made, some not yet.
    const moves = await ctx.db
      .selectFrom('promise_moves')
      .select('at')
      .where('organization_id', '=', organizationId)
      .orderBy('at')
      .execute();
    past = String(moves[Math.floor(moves.length / 2)]!.at);
  }, 120_000);
  afterAll(async () => {
    await opened?.drop();
  });

  it('keeps each team’s first draft of every cycle as grouping the promises found it', async () => {
    expect(cycleIds.length).toBeGreaterThan(1);
    let teams = 0;
    for (const cycleId of cycleIds) {
      const kept = await firstDraftOfTeams(ctx.db, organizationId, cycleId);
      expect(kept).toEqual(await legacyFirstDraftOfTeams(ctx.db, organizationId, cycleId));
      teams += kept.size;
    }
    expect(teams).toBeGreaterThan(0);
  });

  it('answers every person and every cycle as the whole-organization board did, now and in the past', async () => {
    const whole = PlanningBoardQuery.parse({ limit: 200, perColumn: 50 });
    let listed = 0;
    for (const actor of actors) {
      for (const cycleId of cycleIds) {
        for (const at of [undefined, past]) {
          const query = at === undefined ? whole : { ...whole, at };
          const paged = await outcome(() => getBoard(ctx, actor, cycleId, query));
          const old = await outcome(() => legacyGetBoard(ctx, actor, cycleId, at));
          if ('refused' in old || 'refused' in paged) {
            expect(paged).toEqual(old);
            continue;
          }
          const { findings, findingsTotal, limit, offset, ...board } = paged;
          expect({
            ...board,
            teams: board.teams.map((t) => ({
              ...t,
              unreviewed: [...t.unreviewed].sort(),
              unanswered: [...t.unanswered].sort(),
            })),
          }).toEqual(asPaged(old));
          if (at === undefined) {
            // The board reads the findings the strategy debugger recorded (the demo ran a pass),
            // worded as the debugger words them: it quotes the titles the old board did not.
            const plain = (list: typeof findings) =>
              list
                .map((f) => ({ ...f, message: f.message.replaceAll('"', '') }))
                .sort((a, b) => a.message.localeCompare(b.message));
            expect(findingsTotal).toBe(old.findings.length);
            expect(plain(findings)).toEqual(plain(old.findings));
          }
          listed += board.teams.reduce((n, t) => n + t.drafts.total + t.agreed.total, 0);
        }
      }
    }
    expect(listed).toBeGreaterThan(0);
  }, 300_000);

  it('pages through the teams and cuts each column short, counting it whole', async () => {
    const owner = actors.find((a) => a.role === 'owner')!;
    const cycleId = cycleIds[0]!;
    const all = await getBoard(ctx, owner, cycleId, PlanningBoardQuery.parse({ limit: 200, perColumn: 50 }));
    const pages = [];
    for (let offset = 0; offset < all.total; offset += 2) {
      pages.push(
        await getBoard(ctx, owner, cycleId, PlanningBoardQuery.parse({ limit: 2, offset, perColumn: 1 })),
      );
    }
    expect(pages.every((p) => p.total === all.total)).toBe(true);
    const teams = pages.flatMap((p) => p.teams);
    expect(teams.map((t) => t.team.id)).toEqual(all.teams.map((t) => t.team.id));
    for (const [index, team] of teams.entries()) {
      const whole = all.teams[index]!;
      for (const column of ['drafts', 'proposed', 'agreed', 'declined'] as const) {
        expect(team[column].total).toBe(whole[column].total);
        expect(team[column].promises).toEqual(whole[column].promises.slice(0, 1));
      }
      expect(team.load).toEqual(whole.load);
    }
    const first = all.teams[0]!;
    const byName = await getBoard(ctx, owner, cycleId, PlanningBoardQuery.parse({ q: first.team.name }));
    expect(byName.teams.map((t) => t.team.id)).toContain(first.team.id);
    const one = await getBoard(ctx, owner, cycleId, PlanningBoardQuery.parse({ teamId: first.team.id }));
    expect(one).toMatchObject({ total: 1, teams: [{ team: { id: first.team.id } }] });
  });
});
