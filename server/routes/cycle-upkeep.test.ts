import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../contract/common.js';
import type { Cycle } from '../../contract/cycles.js';
import {
  addMember,
  type Calendar,
  createCalendar,
  promiseIn,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';

describe.each(testEngines())('renaming, redating, archiving and deleting cycles on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  const cyclesOf = async (owner: SignedIn, archived = 'exclude') =>
    (await owner.client.get<{ cycles: Cycle[] }>(`/api/v1/cycles?archived=${archived}`)).body.cycles;

  async function addQuarter(owner: SignedIn, calendar: Calendar, name: string, start: string, end: string) {
    const created = await owner.client.post<Cycle>('/api/v1/cycles', {
      name,
      horizonId: calendar.horizons.quarter,
      parentId: calendar.year.id,
      startDate: start,
      endDate: end,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body;
  }

  async function close(owner: SignedIn, cycleId: string) {
    for (const to of ['active', 'reviewing', 'closed']) {
      const moved = await owner.client.post(`/api/v1/cycles/${cycleId}/transitions`, { to });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    }
  }

  it('renames and redates a cycle in planning, within its parent and clear of its horizon', async () => {
    const owner = await signUpOwner(t.app);
    const calendar = await createCalendar(owner);
    const q2 = await addQuarter(owner, calendar, 'FY2027-Q2', '2027-04-01', '2027-06-30');

    const edited = await owner.client.patch<Cycle>(`/api/v1/cycles/${q2.id}`, {
      name: 'FY2027 spring',
      startDate: '2027-04-05',
      endDate: '2027-06-25',
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      name: 'FY2027 spring',
      startDate: '2027-04-05',
      endDate: '2027-06-25',
    });

    const refused = [
      // Into the first quarter's days.
      await owner.client.patch<ErrorResponse>(`/api/v1/cycles/${q2.id}`, { startDate: '2027-03-15' }),
      // Taking the first quarter's name.
      await owner.client.patch<ErrorResponse>(`/api/v1/cycles/${q2.id}`, { name: 'fy2027-q1' }),
      // The year shortened so that its first quarter no longer fits.
      await owner.client.patch<ErrorResponse>(`/api/v1/cycles/${calendar.year.id}`, {
        startDate: '2027-02-01',
      }),
    ];
    expect(refused.map((r) => r.status)).toEqual([409, 409, 409]);
    expect(refused[0]?.body.error.message).toContain('overlaps FY2027-Q1');
    expect(refused[2]?.body.error.message).toContain(
      'FY2027-Q1 (2027-01-01 to 2027-03-31) lies within this cycle',
    );

    const outsideParent = await owner.client.patch<ErrorResponse>(`/api/v1/cycles/${q2.id}`, {
      endDate: '2028-01-31',
    });
    expect(outsideParent.status).toBe(400);
    expect(outsideParent.body.error.message).toContain('after its parent FY2027');

    expect((await cyclesOf(owner)).find((c) => c.id === q2.id)).toMatchObject({
      name: 'FY2027 spring',
      startDate: '2027-04-05',
      endDate: '2027-06-25',
    });
  });

  it('keeps every promise of the cycle due within its new dates', async () => {
    const owner = await signUpOwner(t.app);
    const performer = await addMember(t.app, owner, 'member', 'redate-performer');
    const calendar = await createCalendar(owner);
    await promiseIn('requested', {
      customer: owner,
      performer,
      cycle: calendar.quarter,
      body: { dueDate: '2027-03-20' },
    });
    const refused = await owner.client.patch<ErrorResponse>(`/api/v1/cycles/${calendar.quarter.id}`, {
      endDate: '2027-03-10',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      '1 promise of FY2027-Q1 is due outside 2027-01-01 to 2027-03-10; change their due dates first, or keep the dates around them.',
    );
  });

  it('refuses fields it does not take with 400 naming them, and name or dates once planning is over', async () => {
    const owner = await signUpOwner(t.app);
    const calendar = await createCalendar(owner);
    const unknown = await owner.client.patch<ErrorResponse>(`/api/v1/cycles/${calendar.quarter.id}`, {
      horizonId: calendar.horizons['1y'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('horizonId');
    const empty = await owner.client.patch<ErrorResponse>(`/api/v1/cycles/${calendar.quarter.id}`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('Say what to change');

    expect(
      (await owner.client.post(`/api/v1/cycles/${calendar.quarter.id}/transitions`, { to: 'active' })).status,
    ).toBe(200);
    const renamed = await owner.client.patch<ErrorResponse>(`/api/v1/cycles/${calendar.quarter.id}`, {
      name: 'Renamed',
      checkInCadence: 'monthly',
    });
    expect(renamed.status).toBe(409);
    expect(renamed.body.error.message).toMatch(/renamed and redated only while it is in planning/);
    // The refused rename took the cadence down with it: nothing changed.
    expect((await cyclesOf(owner)).find((c) => c.id === calendar.quarter.id)).toMatchObject({
      name: 'FY2027-Q1',
      checkInCadence: 'weekly',
      can: { rename: false, redate: false, edit: true },
    });
  });

  it('archives a closed cycle out of the lists, keeps it readable with its review, and brings it back', async () => {
    const owner = await signUpOwner(t.app);
    const calendar = await createCalendar(owner);
    const early = await owner.client.patch<ErrorResponse>(`/api/v1/cycles/${calendar.quarter.id}`, {
      isArchived: true,
    });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('Only a closed cycle is archived; this one is planning');

    await close(owner, calendar.quarter.id);
    const archived = await owner.client.patch<Cycle>(`/api/v1/cycles/${calendar.quarter.id}`, {
      isArchived: true,
    });
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await cyclesOf(owner)).map((c) => c.name)).toEqual(['FY2027']);
    expect((await cyclesOf(owner, 'include')).map((c) => c.name)).toEqual(['FY2027', 'FY2027-Q1']);
    expect((await owner.client.get(`/api/v1/cycles/${calendar.quarter.id}/review`)).status).toBe(200);

    const back = await owner.client.patch<Cycle>(`/api/v1/cycles/${calendar.quarter.id}`, {
      isArchived: false,
    });
    expect(back.body.archivedAt).toBeNull();
    expect((await cyclesOf(owner)).map((c) => c.name)).toEqual(['FY2027', 'FY2027-Q1']);
  });

  it('deletes an empty cycle, and says why it keeps one with promises or cycles within', async () => {
    const owner = await signUpOwner(t.app);
    const performer = await addMember(t.app, owner, 'member', 'delete-performer');
    const calendar = await createCalendar(owner);
    const q2 = await addQuarter(owner, calendar, 'FY2027-Q2', '2027-04-01', '2027-06-30');
    await promiseIn('draft', { customer: owner, performer, cycle: calendar.quarter });

    const withChildren = await owner.client.delete<ErrorResponse>(`/api/v1/cycles/${calendar.year.id}`);
    expect(withChildren.status).toBe(409);
    expect(withChildren.body.error.message).toBe(
      'FY2027 has cycles within it (FY2027-Q1, FY2027-Q2); delete them first.',
    );
    const withPromises = await owner.client.delete<ErrorResponse>(`/api/v1/cycles/${calendar.quarter.id}`);
    expect(withPromises.status).toBe(409);
    expect(withPromises.body.error.message).toMatch(/^FY2027-Q1 has promises/);
    expect((await performer.client.delete(`/api/v1/cycles/${q2.id}`)).status).toBe(403);

    expect((await owner.client.delete(`/api/v1/cycles/${q2.id}`)).status).toBe(204);
    expect((await cyclesOf(owner, 'include')).map((c) => c.name)).toEqual(['FY2027', 'FY2027-Q1']);
    expect((await owner.client.delete(`/api/v1/cycles/${q2.id}`)).status).toBe(404);
  });

  it('lets only owners and admins change the calendar', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(t.app, owner, 'member', 'calendar-member');
    const calendar = await createCalendar(owner);
    const refused = await member.client.patch<ErrorResponse>(`/api/v1/cycles/${calendar.quarter.id}`, {
      name: 'Mine now',
    });
    expect(refused.status).toBe(403);
    expect((await cyclesOf(owner)).find((c) => c.id === calendar.quarter.id)?.name).toBe('FY2027-Q1');
  });
});
