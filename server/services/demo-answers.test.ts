import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AccountabilityMap } from '../../contract/accountability.js';
import { DASHBOARD_LIST_LIMIT } from '../../contract/dashboard.js';
import type { PromiseSummary } from '../../contract/promises.js';
import type { Engine } from '../config.js';
import { loadConfig } from '../config.js';
import { loadDemo } from '../demo/load-demo.js';
import { AppError } from '../errors.js';
import { migrateToLatest } from '../migrations/index.js';
import { type DatabaseHandle, openPostgres, openSqlite } from '../store/database.js';
import * as people from '../store/people.js';
import { findPromises, listPromises } from '../store/promises.js';
import { TestClock } from '../test/clock.js';
import { testEngines } from '../test/harness.js';
import {
  legacyGetAccountability,
  legacyGetCycleReview,
  legacyGetDashboard,
  legacyGetInbox,
  legacyGetProgress,
  legacyListPromisesOf,
  legacyStandings,
} from '../test/legacy-reads.js';
import { createTestPostgres } from '../test/postgres.js';
import { getAccountability, getTeamAccountability } from './accountability.js';
import type { MemberActor } from './authorization.js';
import { getProgress } from './check-ins.js';
import { createServiceContext, type ServiceContext } from './context.js';
import { getCycleReview } from './cycle-review.js';
import { getDashboard } from './dashboard.js';
import { getInbox } from './inbox.js';
import { loadViewer } from './parties.js';
import { loadPresenter } from './promises/present.js';
import { loadRecords } from './promises/records.js';
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

/**
 * The map's summary as counted from the old map's every edge: a person counts with their home team,
 * the first active team they lead, else the first they belong to (by id).
 */
async function homeUnits(ctx: ServiceContext, organizationId: string): Promise<(partyKey: string) => string> {
  const rows = await ctx.db
    .selectFrom('team_members as tm')
    .innerJoin('teams as t', (join) =>
      join.onRef('t.organization_id', '=', 'tm.organization_id').onRef('t.id', '=', 'tm.team_id'),
    )
    .select(['tm.person_id', 'tm.team_id', 'tm.role'])
    .where('tm.organization_id', '=', organizationId)
    .where('t.archived_at', 'is', null)
    .execute();
  const home = new Map<string, string>();
  for (const row of [...rows].sort(
    (a, b) => Number(a.role !== 'lead') - Number(b.role !== 'lead') || a.team_id.localeCompare(b.team_id),
  )) {
    if (!home.has(row.person_id)) home.set(row.person_id, row.team_id);
  }
  return (key) => {
    if (key.startsWith('team:')) return key;
    const team = home.get(key.slice('person:'.length));
    return team ? `team:${team}` : 'no-team';
  };
}

function countedFrom(map: AccountabilityMap, unitOf: (partyKey: string) => string) {
  const promises = new Set<string>();
  const links = new Map<string, Map<string, string>>();
  const performs = new Map<string, Map<string, string>>();
  const asks = new Map<string, Set<string>>();
  const add = <V>(into: Map<string, Map<string, V>>, key: string, id: string, value: V) => {
    const found = into.get(key) ?? new Map<string, V>();
    found.set(id, value);
    into.set(key, found);
  };
  for (const edge of map.edges) {
    const source = unitOf(edge.source);
    const target = unitOf(edge.target);
    promises.add(edge.promiseId);
    add(links, `${source}>${target}`, edge.promiseId, edge.phase);
    add(performs, target, edge.promiseId, edge.status);
    asks.set(source, (asks.get(source) ?? new Set()).add(edge.promiseId));
  }
  const tally = (values: Iterable<string>) => {
    const counts: Record<string, number> = {};
    for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    return counts;
  };
  const units = new Set([...performs.keys(), ...asks.keys()]);
  return {
    promises: promises.size,
    links: Object.fromEntries([...links].map(([id, phases]) => [id, tally(phases.values())])),
    units: Object.fromEntries(
      [...units].map((id) => [
        id,
        { performs: tally(performs.get(id)?.values() ?? []), asks: asks.get(id)?.size ?? 0 },
      ]),
    ),
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

/** An answer without its share of time used, which depends on the instant of the call. */
function withoutTimeUsed(answer: unknown): unknown {
  if (typeof answer !== 'object' || answer === null || !('timeUsed' in answer)) return answer;
  const { timeUsed: _timeUsed, ...rest } = answer;
  return rest;
}

/** The share of time used in an answer, 0 when it has none. */
function timeUsedIn(answer: unknown): number {
  if (typeof answer !== 'object' || answer === null || !('timeUsed' in answer)) return 0;
  return typeof answer.timeUsed === 'number' ? answer.timeUsed : 0;
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
      // The old path knew no totals, no limit and no findings, nor the team's section and the round
      // trip's asks (reviews, questions); every item of the demo fits in the first 50.
      const { totals, limit: _limit, findings, ...inbox } = await getInbox(ctx, actor);
      const isRoundTrip = (item: { kind: string }) => item.kind === 'review' || item.kind === 'question';
      expect(
        { ...inbox, myTeam: [], awaitingMe: inbox.awaitingMe.filter((item) => !isRoundTrip(item)) },
        actor.email,
      ).toEqual(await legacyGetInbox(ctx, actor));
      expect(totals).toEqual({
        awaitingMe: inbox.awaitingMe.length,
        myTeam: inbox.myTeam.length,
        waitingOnOthers: inbox.waitingOnOthers.length,
        findings: findings.length,
      });
    }
  });

  it('gives every person the same progress of every promise, roll-up included, as the old path', async () => {
    let rolledUp = 0;
    for (const actor of actors) {
      for (const id of promiseIds) {
        const now = await outcome(() => getProgress(ctx, actor, id));
        const before = await outcome(() => legacyGetProgress(ctx, actor, id));
        // The share of time used is read at each call's own instant, a few milliseconds apart (the
        // test clock ticks on every reading): equal to far below anything a page shows.
        expect(withoutTimeUsed(now), `${actor.email} ${id}`).toEqual(withoutTimeUsed(before));
        expect(Math.abs(timeUsedIn(now) - timeUsedIn(before)), `${actor.email} ${id}`).toBeLessThan(1e-6);
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
  it("keeps every promise's score, latest check-in status and staleness as its history gives them", async () => {
    const organizationId = actors[0]!.organizationId;
    const records = await loadRecords(
      ctx,
      organizationId,
      await findPromises(ctx.db, organizationId, promiseIds),
    );
    const presenter = await loadPresenter(ctx, organizationId, records);
    const before = await legacyStandings(ctx, organizationId, promiseIds);
    let checkedIn = 0;
    for (const id of promiseIds) {
      expect(presenter.standing(id), id).toEqual(before.get(id));
      if (before.get(id)?.checkInStatus) checkedIn += 1;
    }
    expect(checkedIn).toBeGreaterThan(0);
  });

  it('gives the organization, every team and every person the same dashboard figures as the old path', async () => {
    const organizationId = actors[0]!.organizationId;
    const admin = actors.find((a) => a.role === 'owner') ?? actors[0]!;
    const cycleIds = (
      await ctx.db.selectFrom('cycles').select('id').where('organization_id', '=', organizationId).execute()
    ).map((c) => c.id);
    const teamIds = (
      await ctx.db.selectFrom('teams').select('id').where('organization_id', '=', organizationId).execute()
    ).map((t) => t.id);
    const scopes = [
      ...[undefined, ...cycleIds].map((cycleId) => ({ cycleId })),
      ...teamIds.map((teamId) => ({ teamId })),
      ...actors.map((a) => ({ personId: a.personId })),
    ];
    const byDueDate = (a: PromiseSummary, b: PromiseSummary) =>
      a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    let charted = 0;
    let listed = 0;
    for (const scope of scopes) {
      const now = await getDashboard(ctx, admin, scope);
      const before = await legacyGetDashboard(ctx, admin, scope);
      const label = JSON.stringify(scope);
      expect(now.byPhase, label).toEqual(before.byPhase);
      expect(now.byCheckInStatus, label).toEqual(before.byCheckInStatus);
      expect(now.averageScore === null, label).toBe(before.averageScore === null);
      if (before.averageScore !== null) expect(now.averageScore, label).toBeCloseTo(before.averageScore, 9);
      listed += now.atRiskTotal + now.staleTotal;
      expect(now.atRiskTotal, label).toBe(before.atRisk.length);
      expect(now.atRisk, label).toEqual([...before.atRisk].sort(byDueDate).slice(0, DASHBOARD_LIST_LIMIT));
      expect(now.staleTotal, label).toBe(before.stale.length);
      expect(now.stale, label).toEqual([...before.stale].sort(byDueDate).slice(0, DASHBOARD_LIST_LIMIT));
      expect(
        now.progressOverTime.map((p) => p.date),
        label,
      ).toEqual(before.progressOverTime.map((p) => p.date));
      now.progressOverTime.forEach((point, index) => {
        const old = before.progressOverTime[index]!.averageScore;
        expect(point.averageScore === null, `${label} ${point.date}`).toBe(old === null);
        if (old !== null) expect(point.averageScore, `${label} ${point.date}`).toBeCloseTo(old, 9);
        if (old !== null && old > 0) charted += 1;
      });
    }
    // The chart was exercised: some week of some scope had a score.
    expect(charted).toBeGreaterThan(0);
    // ...and some promise needed attention.
    expect(listed).toBeGreaterThan(0);
  }, 60_000);
  it('reviews every cycle, for the organization and every team, as the old path did, page by page', async () => {
    const organizationId = actors[0]!.organizationId;
    const admin = actors.find((a) => a.role === 'owner') ?? actors[0]!;
    const cycleIds = (
      await ctx.db.selectFrom('cycles').select('id').where('organization_id', '=', organizationId).execute()
    ).map((c) => c.id);
    const teamIds = (
      await ctx.db.selectFrom('teams').select('id').where('organization_id', '=', organizationId).execute()
    ).map((t) => t.id);
    const limit = 3;
    let reviewed = 0;
    for (const cycleId of cycleIds) {
      for (const teamId of [undefined, ...teamIds]) {
        const before = await legacyGetCycleReview(ctx, admin, cycleId, teamId);
        const label = `${cycleId} ${teamId ?? 'organization'}`;
        const pages = { kept: [] as unknown[], ended: [] as unknown[] };
        for (let offset = 0; ; offset += limit) {
          const page = await getCycleReview(ctx, admin, cycleId, {
            teamId,
            limit,
            keptOffset: offset,
            endedOffset: offset,
          });
          expect(page.keptTotal, label).toBe(before.kept.length);
          expect(page.endedTotal, label).toBe(before.ended.length);
          expect(page.satisfied, label).toBe(before.satisfied);
          expect(page.assessed, label).toBe(before.kept.filter((e) => e.satisfaction !== null).length);
          const status = (e: (typeof before.kept)[number]) => e.promise.status;
          expect(page.outcomes, label).toEqual({
            satisfied: before.kept.filter((e) => status(e) === 'satisfied').length,
            awaitingAssessment: before.kept.filter((e) => status(e) === 'reported').length,
            sentBack: before.kept.filter(
              (e) => status(e) === 'promised' && e.satisfaction?.satisfied === false,
            ).length,
            beingKept: before.kept.filter(
              (e) => status(e) === 'promised' && e.satisfaction?.satisfied !== false,
            ).length,
            inNegotiation: before.kept.filter((e) =>
              ['requested', 'offered', 'countered'].includes(status(e)),
            ).length,
          });
          expect(page.averageScore === null, label).toBe(before.averageScore === null);
          if (before.averageScore !== null)
            expect(page.averageScore, label).toBeCloseTo(before.averageScore, 9);
          pages.kept.push(...page.kept);
          pages.ended.push(...page.ended);
          if (page.kept.length < limit && page.ended.length < limit) break;
        }
        // The old path listed them in due-date order too: the pages, put together, are its lists.
        expect(pages.kept, label).toEqual(before.kept);
        expect(pages.ended, label).toEqual(before.ended);
        reviewed += before.kept.length + before.ended.length;
      }
    }
    expect(reviewed).toBeGreaterThan(limit);
  }, 60_000);

  it("counts the map's summary as the old map's every edge, and each team's part holds its edges", async () => {
    const actor = actors[0]!;
    const organizationId = actor.organizationId;
    const unitOf = await homeUnits(ctx, organizationId);
    const cycleIds = (
      await ctx.db.selectFrom('cycles').select('id').where('organization_id', '=', organizationId).execute()
    ).map((r) => r.id);
    const horizonIds = (
      await ctx.db.selectFrom('horizons').select('id').where('organization_id', '=', organizationId).execute()
    ).map((r) => r.id);
    const scopes = [
      {},
      ...cycleIds.map((cycleId) => ({ cycleId })),
      ...horizonIds.map((horizonId) => ({ horizonId })),
    ];
    let edgesSeen = 0;
    for (const scope of scopes) {
      const before = await legacyGetAccountability(ctx, actor, scope);
      const expected = countedFrom(before, unitOf);
      const summary = await getAccountability(ctx, actor, scope);
      const label = JSON.stringify(scope);
      expect(summary.promises, label).toBe(expected.promises);
      expect(
        Object.fromEntries(
          summary.links
            .filter((l) => l.promises > 0)
            .map((l) => [l.id, Object.fromEntries(Object.entries(l.byPhase).filter(([, n]) => n > 0))]),
        ),
        label,
      ).toEqual(expected.links);
      expect(
        Object.fromEntries(
          summary.units
            .filter((u) => u.performs > 0 || u.asks > 0)
            .map((u) => [u.id, { performs: u.byStatus, asks: u.asks }]),
        ),
        label,
      ).toEqual(expected.units);

      // Each team's part is exactly the old map's edges with an end in that team.
      for (const unit of summary.units) {
        if (!unit.team) continue;
        const part = await getTeamAccountability(ctx, actor, {
          ...scope,
          teamId: unit.team.id,
          page: 1,
          pageSize: 5000,
        });
        const mine = before.edges.filter((e) => [e.source, e.target].some((end) => unitOf(end) === unit.id));
        // A promise's every performer is an edge, even one with neither end in the team.
        const promisesOfTeam = new Set(mine.map((e) => e.promiseId));
        const expectedEdges = before.edges.filter((e) => promisesOfTeam.has(e.promiseId));
        const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
        expect(part.edges.sort(byId), `${label} ${unit.name}`).toEqual(expectedEdges.sort(byId));
        expect(part).toMatchObject({ total: promisesOfTeam.size, truncated: false });
        edgesSeen += part.edges.length;
      }
    }
    expect(edgesSeen).toBeGreaterThan(10);
  }, 60_000);
});
