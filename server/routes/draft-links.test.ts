import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromiseDetail } from '../../contract/promises.js';
import {
  addMember,
  type Calendar,
  createCalendar,
  promiseIn,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';

describe.each(testEngines())('links to a private draft on %s', (engine) => {
  let t: TestApp;
  let owner: SignedIn;
  let drafter: SignedIn;
  let colleague: SignedIn;
  let calendar: Calendar;
  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await signUpOwner(t.app, 'links-owner');
    drafter = await addMember(t.app, owner, 'member', 'links-drafter');
    colleague = await addMember(t.app, owner, 'member', 'links-colleague');
    calendar = await createCalendar(owner);
  });
  afterAll(() => t.close());

  it('are seen only by who can see the draft: no id, title or status leaks through the other promise', async () => {
    const shared = await promiseIn('promised', {
      customer: owner,
      performer: colleague,
      cycle: calendar.quarter,
    });
    const draft = await drafter.client.post<PromiseDetail>('/api/v1/promises', {
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: owner.personId },
      performers: [{ type: 'person', id: drafter.personId }],
      title: 'A secret plan',
      dueDate: calendar.quarter.endDate,
      open: 'draft',
      draftedBy: 'performer',
    });
    expect(draft.status).toBe(201);
    const contributed = await drafter.client.post('/api/v1/contributions', {
      fromPromiseId: draft.body.id,
      toPromiseId: shared.id,
    });
    expect(contributed.status).toBe(201);
    const depended = await drafter.client.post('/api/v1/dependencies', {
      promiseId: draft.body.id,
      supplierPromiseId: shared.id,
      note: 'Needs it',
    });
    expect(depended.status).toBe(201);

    const seenByDrafter = (await drafter.client.get<PromiseDetail>(`/api/v1/promises/${shared.id}`)).body;
    expect(seenByDrafter.contributedBy.map((c) => c.from.id)).toEqual([draft.body.id]);
    expect(seenByDrafter.dependedOnBy.map((d) => d.dependent.id)).toEqual([draft.body.id]);

    for (const reader of [colleague, owner]) {
      const response = await reader.client.get<PromiseDetail>(`/api/v1/promises/${shared.id}`);
      expect(response.status).toBe(200);
      expect(response.body.contributedBy).toEqual([]);
      expect(response.body.dependedOnBy).toEqual([]);
      expect(JSON.stringify(response.body)).not.toContain('A secret plan');
      expect(JSON.stringify(response.body)).not.toContain(draft.body.id);
    }
  });
});
