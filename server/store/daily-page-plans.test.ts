import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cycle } from '../../contract/cycles.js';
import type { PromiseList } from '../../contract/promises.js';
import type { Team } from '../../contract/teams.js';
import { loadDemo } from '../demo/load-demo.js';
import { DEMO_PASSWORD, demoPeople } from '../demo/organization.js';
import { Client, createTestApp, type TestApp, testEngines } from '../test/harness.js';

/**
 * Tables that grow with the organization: no query a page runs may read one of them whole. (Small
 * per-organization tables, such as cycles or horizons, are read whole by design.)
 */
const GROWING = new Set([
  'promises',
  'promise_performers',
  'promise_tags',
  'promise_moves',
  'check_ins',
  'check_in_values',
  'check_in_answers',
  'contributions',
  'dependencies',
  'notifications',
  'review_requests',
  'memberships',
  'team_members',
  'people',
  'sessions',
  'api_tokens',
]);

interface Seen {
  sql: string;
  parameters: readonly unknown[];
}

/**
 * Every query the pages people use run, as the real routes run them on the demo organization, is
 * explained by the engine: none may scan a growing table whole (issue 9). On PostgreSQL sequential
 * scans are priced out first, so a scan in the plan means no index can serve the query at all.
 */
describe.each(testEngines())('the query plans of the daily pages on %s', (engine) => {
  let t: TestApp;
  const seen = new Map<string, Seen>();
  let recording = false;
  beforeAll(async () => {
    t = await createTestApp(
      engine,
      {},
      {
        freshDatabase: true,
        observe: (query) => {
          if (recording && /^\s*select/i.test(query.sql) && !seen.has(query.sql)) seen.set(query.sql, query);
        },
      },
    );
    await loadDemo(t.ctx, () => {});
    recording = true;
    for (const person of demoPeople) await visitAs(person.email);
    recording = false;
  }, 120_000);
  afterAll(() => t.close());

  async function visitAs(email: string) {
    const client = new Client(t.app);
    const login = await client.post('/api/v1/auth/login', { email, password: DEMO_PASSWORD });
    if (login.status !== 200) throw new Error(`login of ${email}: ${JSON.stringify(login.body)}`);
    const me = (await client.get<{ person: { id: string } }>('/api/v1/me')).body;
    const cycles = (await client.get<{ cycles: Cycle[] }>('/api/v1/cycles')).body.cycles;
    const teams = (await client.get<{ teams: Team[] }>('/api/v1/teams')).body.teams;
    const list = (await client.get<PromiseList>('/api/v1/promises')).body.promises;
    const paths = [
      '/api/v1/inbox',
      '/api/v1/notifications',
      '/api/v1/people',
      '/api/v1/promises?mine=true',
      `/api/v1/dashboard?personId=${me.person.id}`,
      ...cycles.flatMap((cycle) => [
        `/api/v1/promises?cycleId=${cycle.id}`,
        `/api/v1/dashboard?cycleId=${cycle.id}`,
        `/api/v1/accountability?cycleId=${cycle.id}`,
        `/api/v1/cycles/${cycle.id}/board`,
        `/api/v1/cycles/${cycle.id}/review`,
        `/api/v1/cycles/${cycle.id}/timeline`,
      ]),
      ...teams.map((team) => `/api/v1/dashboard?teamId=${team.id}`),
      ...list
        .slice(0, 8)
        .flatMap((promise) => [
          `/api/v1/promises/${promise.id}`,
          `/api/v1/promises/${promise.id}/progress`,
          `/api/v1/promises/${promise.id}/check-ins`,
        ]),
    ];
    for (const path of paths) {
      const response = await client.get(path);
      if (response.status >= 500) throw new Error(`${path}: ${response.status}`);
    }
  }

  async function scansOf(query: Seen): Promise<string[]> {
    if (engine === 'sqlite') {
      const plan = await t.handle.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
      );
      // SQLite names a table by its alias in the plan: "SCAN p" for `"promises" as "p"`.
      const tableOf = new Map([...query.sql.matchAll(/"(\w+)" as "(\w+)"/g)].map((m) => [m[2]!, m[1]!]));
      return plan.rows
        .map((row) => /^SCAN (\w+)/.exec(row.detail)?.[1])
        .map((name) => (name === undefined ? undefined : (tableOf.get(name) ?? name)))
        .filter((table): table is string => table !== undefined && GROWING.has(table));
    }
    return t.handle.db.transaction().execute(async (tx) => {
      await sql`set local enable_seqscan = off`.execute(tx);
      const plan = await tx.executeQuery<{ 'QUERY PLAN': unknown }>(
        CompiledQuery.raw(`explain (format json) ${query.sql}`, [...query.parameters]),
      );
      const scans: string[] = [];
      const walk = (node: Record<string, unknown>) => {
        if (node['Node Type'] === 'Seq Scan' && GROWING.has(String(node['Relation Name']))) {
          scans.push(String(node['Relation Name']));
        }
        for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
      };
      const explained = plan.rows[0]?.['QUERY PLAN'] as Array<{ Plan: Record<string, unknown> }> | undefined;
      if (!explained?.[0]) throw new Error(`no plan for ${query.sql}`);
      walk(explained[0].Plan);
      return scans;
    });
  }

  it('read through an index, never a growing table whole', async () => {
    expect(seen.size).toBeGreaterThan(40);
    const offenders: string[] = [];
    for (const query of seen.values()) {
      const scans = await scansOf(query);
      if (scans.length > 0) offenders.push(`${scans.join(', ')}: ${query.sql.slice(0, 300)}`);
    }
    expect(offenders).toEqual([]);
  });
});
