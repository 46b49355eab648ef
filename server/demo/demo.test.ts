import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountabilityMap, AccountabilitySummary } from '../../contract/accountability.js';
import type { Progress as PromiseProgress } from '../../contract/check-ins.js';
import type { Cycle } from '../../contract/cycles.js';
import type { DirectionDocument } from '../../contract/direction.js';
import type { FindingList } from '../../contract/findings.js';
import type { PromiseList } from '../../contract/promises.js';
import type { Progress } from '../services/jobs.js';
import * as people from '../store/people.js';
import * as teams from '../store/teams.js';
import { Client, createTestApp, type TestApp, testEngines } from '../test/harness.js';
import { loadDemo } from './load-demo.js';
import { DEMO_PASSWORD, demoPeople } from './organization.js';

describe.each(testEngines())('the demo organization on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    // PostgreSQL is shared by the whole run: start from no demo accounts there.
    const emails = demoPeople.map((p) => p.email);
    const ids = (
      await t.handle.db.selectFrom('people').select('id').where('email', 'in', emails).execute()
    ).map((r) => r.id);
    if (ids.length > 0) throw new Error('another test loaded the demo into the shared database');
  });
  afterAll(() => t.close());

  it('is the company of the reading: a board, a CEO, a CTO, a product owner and two engineers', async () => {
    const steps: Progress[] = [];
    const result = await loadDemo(t.ctx, (progress) => {
      steps.push(progress);
    });
    expect(steps.at(-1)).toMatchObject({ done: steps.at(-1)?.total });
    expect(steps.map((s) => s.done)).toEqual(steps.map((_, i) => i + 1));

    const members = await people.listMembers(t.handle.db, t.handle.dialect, result.organizationId);
    expect(members.map((m) => m.title).sort()).toEqual(
      ['CEO', 'CTO', 'Chair of the Board', 'Engineer', 'Engineer', 'Product Owner'].sort(),
    );
    const teamRows = await teams.listTeams(t.handle.db, result.organizationId, 'false');
    const teamMembers = await teams.listTeamMembers(
      t.handle.db,
      result.organizationId,
      teamRows.map((r) => r.id),
    );
    const leadOf = (name: string) =>
      teamMembers.filter(
        (m) => m.team_id === teamRows.find((r) => r.name === name)?.id && m.role === 'lead',
      )[0]?.email;
    expect(leadOf('Board')).toBe('board@demo.accord.test');
    expect(leadOf('Leadership')).toBe('ceo@demo.accord.test');
    expect(leadOf('Engineering')).toBe('cto@demo.accord.test');
    expect(leadOf('Product')).toBe('po@demo.accord.test');

    await expect(loadDemo(t.ctx, () => {})).rejects.toThrow(/already loaded/);
  });

  it('shows the protocol at work: promises in every phase, and the chains of the reading', async () => {
    const client = new Client(t.app);
    await client.post('/api/v1/auth/login', { email: 'ceo@demo.accord.test', password: DEMO_PASSWORD });
    const list = (await client.get<PromiseList>('/api/v1/promises?limit=200')).body;
    expect(new Set(list.promises.map((p) => p.phase))).toEqual(
      new Set(['negotiate', 'execute', 'assess', 'closed']),
    );
    expect(new Set(list.promises.map((p) => p.status))).toEqual(
      new Set(['requested', 'offered', 'countered', 'promised', 'reported', 'satisfied', 'declined']),
    );
    // The draft is private to the product owner, who sees Q1 Listen too.
    const po = new Client(t.app);
    await po.post('/api/v1/auth/login', { email: 'po@demo.accord.test', password: DEMO_PASSWORD });
    const drafts = (await po.get<PromiseList>('/api/v1/promises?phase=listen')).body;
    expect(drafts.promises.map((p) => p.title)).toEqual(['Explore usage analytics']);

    // The map opens on teams; each team's part holds the promises between its people and others.
    const summary = (await client.get<AccountabilitySummary>('/api/v1/accountability')).body;
    const chains = new Set<string>();
    for (const unit of summary.units) {
      if (!unit.team) continue;
      const part = (await client.get<AccountabilityMap>(`/api/v1/accountability/teams/${unit.team.id}`)).body;
      const name = (id: string) => part.nodes.find((n) => n.id === id)!.party.name;
      for (const e of part.edges) chains.add(`${name(e.source)} -> ${name(e.target)} (${e.horizon.name})`);
    }
    const product = list.promises.find((p) => p.title === 'Ship an awesome product')!;
    const progress = (await client.get<PromiseProgress>(`/api/v1/promises/${product.id}/progress`)).body;
    expect(progress.confidence.map((c) => c.status)).toEqual(['on-track', 'at-risk']);
    expect(progress.score).toBeGreaterThan(0);
    expect(progress.rolledUpScore).not.toBeNull();
    expect(product.checkInStatus).toBe('at-risk');

    const cycles = (await client.get<{ cycles: Cycle[] }>('/api/v1/cycles')).body.cycles;
    const next = cycles.find(
      (c) => c.state === 'planning' && c.horizon.name === 'Quarter' && c.name.endsWith('-Q1'),
    )!;
    const direction = (await client.get<DirectionDocument>(`/api/v1/cycles/${next.id}/direction`)).body;
    expect(direction.versions.map((v) => v.version)).toEqual([1]);
    expect(direction.canWrite).toBe(true);

    for (const chain of [
      'Board -> Ada Okafor (3 years)',
      'Ada Okafor -> Lin Wei (1 year)',
      'Ada Okafor -> Priya Nair (1 year)',
      'Priya Nair -> Sam Rivera (Quarter)',
      'Priya Nair -> Jo Tanaka (Quarter)',
      'Lin Wei -> Sam Rivera (Quarter)',
    ]) {
      expect(chains).toContain(chain);
    }
  });

  it('shows the strategy debugger at work: a finding of each kind its story holds, each explained', async () => {
    const client = new Client(t.app);
    await client.post('/api/v1/auth/login', { email: 'ceo@demo.accord.test', password: DEMO_PASSWORD });
    const page = (await client.get<FindingList>('/api/v1/findings?limit=200')).body;
    expect(Object.keys(page.counts).sort()).toEqual(
      [
        'contributes-to-nothing',
        'declined-dependency',
        'declined-not-replanned',
        'dependency-loop',
        'direction-missed',
        'investment-without-justification',
        'risk-from-supplier',
        'stale-check-in',
        'unacknowledged-dependency',
        'unassessed-completion',
      ].sort(),
    );
    const risk = page.findings.find((f) => f.code === 'risk-from-supplier');
    expect(risk?.message).toContain(
      '"Build awesome tech for the company" is on track but depends on "Ship an awesome product"',
    );
    expect(risk?.parties.to.map((p) => p.name)).toEqual(['Priya Nair']);
  });
});
