import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Condition } from '../contract/promises.js';
import { foldMoves, type Move, type PromiseState, STATUSES } from '../core/promises/index.js';
import { loadConfig } from '../server/config.js';
import { migrateToLatest } from '../server/migrations/index.js';
import { actorFromToken } from '../server/services/accounts.js';
import { type MemberActor, requireMember } from '../server/services/authorization.js';
import { getProgress, listCheckIns } from '../server/services/check-ins.js';
import { createServiceContext, type ServiceContext } from '../server/services/context.js';
import { getPromise, listPromises } from '../server/services/promises/read-promise.js';
import { type DatabaseHandle, openSqlite } from '../server/store/database.js';
import { SqliteBulkWriter } from './bulk-writer.js';
import { SIZES } from './sizes.js';
import { generateOrganization, type SyntheticOrganization } from './synthetic-organization.js';

// The data, not the time: the benchmark's organization must be what the app itself would have written.
const NOW = new Date('2026-06-10T12:00:00.000Z');

describe('the synthetic organization (tiny, on SQLite)', () => {
  let dir: string;
  let handle: DatabaseHandle;
  let org: SyntheticOrganization;
  let ctx: ServiceContext;
  let lead: MemberActor;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-test-'));
    const file = path.join(dir, 'accord.sqlite');
    handle = openSqlite(file);
    await migrateToLatest(handle.db, handle.dialect);
    indexesBefore = await indexes();
    const writer = new SqliteBulkWriter(file);
    org = await generateOrganization(writer, SIZES.tiny, { now: NOW, passwordHash: 'not-a-password-hash' });
    await writer.close();
    ctx = createServiceContext({
      ...handle,
      config: loadConfig({}, { logLevel: 'silent' }),
      log: pino({ level: 'silent' }),
      now: () => NOW,
    });
    lead = requireMember(await actorFromToken(ctx, org.lead.token));
  });

  /** The migrations' indexes, by name and definition: the writer sets them aside and makes them again. */
  let indexesBefore: string[];
  const indexes = async () =>
    (
      await sql<{ name: string; sql: string }>`
        select name, sql from sqlite_master where type = 'index' order by name`.execute(handle.db)
    ).rows.map((row) => `${row.name}: ${row.sql}`);

  afterAll(async () => {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const count = async (table: 'people' | 'teams' | 'promises' | 'check_ins' | 'memberships') => {
    const row = await handle.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  it('has the people, teams, promises and check-ins of its size', async () => {
    expect(await count('people')).toBe(SIZES.tiny.people);
    expect(await count('memberships')).toBe(SIZES.tiny.people);
    expect(await count('teams')).toBe(SIZES.tiny.teams);
    expect(await count('promises')).toBe(SIZES.tiny.promises);
    expect(await count('check_ins')).toBe(SIZES.tiny.checkIns);
    const broken = await sql`pragma foreign_key_check`.execute(handle.db);
    expect(broken.rows).toEqual([]);
  });

  it('has every index of the migrations again once the rows are written', async () => {
    expect(indexesBefore.length).toBeGreaterThan(10);
    expect(await indexes()).toEqual(indexesBefore);
  });

  it('has promises in every status, each row the fold of its move log', async () => {
    const rows = await handle.db.selectFrom('promises').selectAll().execute();
    const moves = await handle.db.selectFrom('promise_moves').selectAll().orderBy('seq').execute();
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(STATUSES));
    for (const row of rows) {
      const log = moves.filter((m) => m.promise_id === row.id);
      expect(log.map((m) => m.seq)).toEqual(log.map((_, i) => i + 1));
      const folded = foldMoves(
        JSON.parse(String(row.draft)) as PromiseState<Condition>,
        log.map(
          (m): Move<Condition> => ({
            act: m.act as Move['act'],
            by: m.by_participant,
            at: m.at,
            version: m.version,
            ...(m.reason ? { reason: JSON.parse(String(m.reason)) } : {}),
            ...(m.changes ? { changes: JSON.parse(String(m.changes)) } : {}),
            ...(m.text ? { text: m.text } : {}),
          }),
        ),
      );
      expect(folded.ok).toBe(true);
      expect(folded.state).toEqual(JSON.parse(String(row.state)));
      expect([row.status, row.version]).toEqual([folded.state.status, folded.state.version]);
    }
  });

  it('reads back through the app: the token, the promise, its progress and the list', async () => {
    expect(lead.personId).toBe(org.lead.personId);
    const promise = await getPromise(ctx, lead, org.promiseId);
    expect(promise.status).toBe('promised');
    expect(promise.history.map((m) => m.act).slice(0, 2)).toEqual(['request', 'promise']);
    const { checkIns } = await listCheckIns(ctx, lead, org.promiseId, { limit: 200, offset: 0 });
    expect(checkIns.length).toBeGreaterThan(0);
    expect(checkIns.every((c) => c.values.length === promise.terms.conditions.length)).toBe(true);
    const progress = await getProgress(ctx, lead, org.promiseId);
    // Newest first: the first of the page is the last check-in.
    expect(progress.lastCheckInAt).toBe(checkIns[0]!.at);

    const inQuarter = await handle.db
      .selectFrom('promises')
      .select('id')
      .where('cycle_id', '=', org.cycles.current.id)
      .execute();
    const list = await listPromises(ctx, lead, {
      cycleId: org.cycles.current.id,
      as: 'either',
      limit: 200,
      offset: 0,
    });
    expect(list.total).toBe(inQuarter.length);
    expect(new Set(list.promises.map((p) => p.id))).toEqual(new Set(inQuarter.map((p) => p.id)));
  });

  it('gives every writer a promise it may check in on', async () => {
    expect(org.writers.length).toBeGreaterThan(0);
    for (const writer of org.writers) {
      const actor = requireMember(await actorFromToken(ctx, writer.token));
      const promise = await getPromise(ctx, actor, writer.promiseId);
      expect(promise.can.checkIn).toBe(true);
    }
  });
});
