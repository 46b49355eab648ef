import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../contract/common.js';
import type { Cycle, Horizon } from '../../contract/cycles.js';
import { addMember, createCalendar, signUpOwner } from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';

describe.each(testEngines())('horizons and cycles on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('gives every organization 3 years, 1 year and a quarter, and takes custom horizons', async () => {
    const owner = await signUpOwner(t.app);
    const listed = await owner.client.get<{ horizons: Horizon[] }>('/api/v1/horizons');
    expect(listed.body.horizons.map((h) => [h.name, h.months])).toEqual([
      ['3 years', 36],
      ['1 year', 12],
      ['Quarter', 3],
    ]);
    const custom = await owner.client.post<Horizon>('/api/v1/horizons', { name: '6 weeks', days: 42 });
    expect(custom.status).toBe(201);
    expect(custom.body).toMatchObject({ name: '6 weeks', days: 42, isDefault: false });
    expect((await owner.client.post('/api/v1/horizons', { name: 'quarter', months: 3 })).status).toBe(400);
    expect((await owner.client.post('/api/v1/horizons', { name: 'Both', months: 3, days: 3 })).status).toBe(
      400,
    );
  });

  it('nests quarters in years and refuses a cycle outside its parent or overlapping a sibling', async () => {
    const owner = await signUpOwner(t.app);
    const calendar = await createCalendar(owner);
    const outside = await owner.client.post<ErrorResponse>('/api/v1/cycles', {
      name: 'Too late',
      horizonId: calendar.horizons.quarter,
      parentId: calendar.year.id,
      startDate: '2027-11-01',
      endDate: '2028-01-31',
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.message).toMatch(/FY2027/);
    const overlap = await owner.client.post<ErrorResponse>('/api/v1/cycles', {
      name: 'Overlapping',
      horizonId: calendar.horizons.quarter,
      parentId: calendar.year.id,
      startDate: '2027-03-01',
      endDate: '2027-05-31',
    });
    expect(overlap.status).toBe(409);
    expect(overlap.body.error.message).toMatch(/FY2027-Q1/);
    const q2 = await owner.client.post<Cycle>('/api/v1/cycles', {
      name: 'FY2027-Q2',
      horizonId: calendar.horizons.quarter,
      parentId: calendar.year.id,
      startDate: '2027-04-01',
      endDate: '2027-06-30',
    });
    expect(q2.status).toBe(201);
    expect(q2.body).toMatchObject({
      parentId: calendar.year.id,
      state: 'planning',
      horizon: { name: 'Quarter' },
    });
    const backwards = await owner.client.post('/api/v1/cycles', {
      name: 'Backwards',
      horizonId: calendar.horizons['3y'],
      startDate: '2030-01-01',
      endDate: '2029-01-01',
    });
    expect(backwards.status).toBe(400);
    const quarters = await owner.client.get<{ cycles: Cycle[] }>(
      `/api/v1/cycles?horizonId=${calendar.horizons.quarter}`,
    );
    expect(quarters.body.cycles.map((c) => c.name)).toEqual(['FY2027-Q1', 'FY2027-Q2']);
  });

  it('lets only owners and admins shape the calendar', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(t.app, owner, 'member');
    const horizons = (await owner.client.get<{ horizons: Horizon[] }>('/api/v1/horizons')).body.horizons;
    const response = await member.client.post('/api/v1/cycles', {
      name: 'FY2030',
      horizonId: horizons[1]!.id,
      startDate: '2030-01-01',
      endDate: '2030-12-31',
    });
    expect(response.status).toBe(403);
    expect((await member.client.post('/api/v1/horizons', { name: 'Sprint', days: 14 })).status).toBe(403);
  });
});
