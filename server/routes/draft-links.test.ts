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

  it('does not exist to who cannot see it: every route that takes its id answers 404, never 403', async () => {
    const draft = await drafter.client.post<PromiseDetail>('/api/v1/promises', {
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: owner.personId },
      performers: [{ type: 'person', id: drafter.personId }],
      title: 'A plan nobody else knows of',
      dueDate: calendar.quarter.endDate,
      open: 'draft',
      draftedBy: 'performer',
    });
    expect(draft.status).toBe(201);
    const id = draft.body.id;
    const other = await promiseIn('promised', {
      customer: owner,
      performer: colleague,
      cycle: calendar.quarter,
    });
    const attempts = {
      read: (who: SignedIn) => who.client.get(`/api/v1/promises/${id}`),
      'read as of a date': (who: SignedIn) =>
        who.client.get(`/api/v1/promises/${id}?at=${encodeURIComponent(draft.body.createdAt)}`),
      edit: (who: SignedIn) => who.client.patch(`/api/v1/promises/${id}`, { version: 1, title: 'Mine now' }),
      size: (who: SignedIn) => who.client.put(`/api/v1/promises/${id}/size`, { size: 3 }),
      move: (who: SignedIn) =>
        who.client.post(`/api/v1/promises/${id}/moves`, { act: 'request', version: 1 }),
      comment: (who: SignedIn) =>
        who.client.post(`/api/v1/promises/${id}/moves`, { act: 'comment', version: 1, text: 'Found it' }),
      'check in': (who: SignedIn) =>
        who.client.post(`/api/v1/promises/${id}/check-ins`, {
          values: [],
          confidence: 5,
          status: 'on-track',
        }),
      'list check-ins': (who: SignedIn) => who.client.get(`/api/v1/promises/${id}/check-ins`),
      progress: (who: SignedIn) => who.client.get(`/api/v1/promises/${id}/progress`),
      reviews: (who: SignedIn) => who.client.get(`/api/v1/promises/${id}/reviews`),
      'request a review': (who: SignedIn) =>
        who.client.post(`/api/v1/promises/${id}/reviews`, {
          reviewer: { type: 'person', id: who.personId },
          role: 'peer',
        }),
      'ask a question': (who: SignedIn) =>
        who.client.post(`/api/v1/promises/${id}/questions`, { text: 'Why?' }),
      assessment: (who: SignedIn) => who.client.get(`/api/v1/promises/${id}/assessment`),
      retrospective: (who: SignedIn) =>
        who.client.post(`/api/v1/promises/${id}/retrospectives`, { wentWell: 'Nothing' }),
      'contribute from it': (who: SignedIn) =>
        who.client.post('/api/v1/contributions', { fromPromiseId: id, toPromiseId: other.id }),
      'contribute to it': (who: SignedIn) =>
        who.client.post('/api/v1/contributions', { fromPromiseId: other.id, toPromiseId: id }),
      'depend on it': (who: SignedIn) =>
        who.client.post('/api/v1/dependencies', {
          promiseId: other.id,
          supplierPromiseId: id,
          note: 'Needs it',
        }),
    };
    for (const reader of [colleague, owner]) {
      for (const [name, attempt] of Object.entries(attempts)) {
        const response = await attempt(reader);
        expect({ name, status: response.status }).toEqual({ name, status: 404 });
      }
    }
    // Nothing the attempts sent changed the draft: its drafter still reads it as it was.
    const mine = await drafter.client.get<PromiseDetail>(`/api/v1/promises/${id}`);
    expect(mine.body).toMatchObject({ version: 1, title: 'A plan nobody else knows of', size: null });
  });
});
