import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleTimeline } from '../../contract/cycles.js';
import type { PromiseDetail } from '../../contract/promises.js';
import { createCalendar, createTeam, signUpOwner } from '../test/factories.js';
import { createTestApp, type TestApp, testEngines, unique } from '../test/harness.js';
import { backfillFirstDrafts } from './0037-team-first-drafts.js';

/**
 * Every team's first promise of a cycle is kept as the promise is made; 0037 fills it in for the
 * promises made before, so that the drafts milestone reads the same after the migration.
 */
describe.each(testEngines())('the first drafts of teams made before 0037 on %s', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    // A database of its own: the backfill reads every organization's promises.
    t = await createTestApp(engine, { logLevel: 'error' }, { freshDatabase: true });
  });
  afterAll(() => t.close());

  it('keeps them as promises are made, and backfills those made before', async () => {
    const owner = await signUpOwner(t.app, 'first-drafts');
    const ops = await createTeam(owner, unique('Ops'));
    const web = await createTeam(owner, unique('Web'));
    const { quarter } = await createCalendar(owner);
    const drafted = async (performer: string) => {
      const response = await owner.client.post<PromiseDetail>('/api/v1/promises', {
        cycleId: quarter.id,
        customer: { type: 'person', id: owner.personId },
        performers: [{ type: 'team', id: performer }],
        title: unique('Plan'),
        dueDate: quarter.endDate,
        open: 'request',
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      return response.body.createdAt;
    };
    const drafts = async () =>
      (await owner.client.get<CycleTimeline>(`/api/v1/cycles/${quarter.id}/timeline`)).body.milestones.find(
        (m) => m.key === 'drafts',
      )?.completedAt;
    const opsFirst = await drafted(ops.id);
    await drafted(ops.id);
    // Only Ops has drafted: the milestone waits for Web.
    expect(await drafts()).toBeNull();
    const webFirst = await drafted(web.id);
    expect(await drafts()).toBe(webFirst);

    const db = t.handle.db as unknown as Kysely<{ team_first_drafts: { organization_id: string } }>;
    const kept = await db.selectFrom('team_first_drafts').selectAll().execute();
    expect(kept).toHaveLength(2);
    // As a database from before 0037 would hold them: no rows, until the backfill writes them again.
    await db.deleteFrom('team_first_drafts').execute();
    expect(await drafts()).toBeNull();
    await backfillFirstDrafts(t.handle.db as unknown as Kysely<unknown>);
    expect(await db.selectFrom('team_first_drafts').selectAll().execute()).toEqual(
      expect.arrayContaining(kept),
    );
    expect(await drafts()).toBe(webFirst);
    expect(opsFirst <= webFirst).toBe(true);
  });
});
