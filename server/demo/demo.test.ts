import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../services/jobs.js';
import * as people from '../store/people.js';
import * as teams from '../store/teams.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';
import { loadDemo } from './load-demo.js';
import { demoPeople } from './organization.js';

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
});
