import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../contract/common.js';
import type { PromiseList } from '../../contract/promises.js';
import { type Calendar, createCalendar, createTeam, type SignedIn, signUpOwner } from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';

/** Before the organization existed (an empty plan), and a moment still to come (refused). */
const AT = '2026-01-15T12:00:00Z';
const FUTURE = '2099-01-15T12:00:00Z';

describe.each(testEngines())('the plan as of a moment, over HTTP, on %s', (engine) => {
  let t: TestApp;
  let owner: SignedIn;
  let calendar: Calendar;
  let teamId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await signUpOwner(t.app, 'owner');
    calendar = await createCalendar(owner);
    teamId = (await createTeam(owner, 'Platform')).id;
  });
  afterAll(() => t.close());

  it('lists promises as of a moment, and refuses the filters it cannot answer then, naming them', async () => {
    const listed = await owner.client.get<PromiseList>(`/api/v1/promises?at=${AT}`);
    expect(listed.status).toBe(200);
    const refused = await owner.client.get<ErrorResponse>(`/api/v1/promises?at=${AT}&phase=execute`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('phase cannot be filtered as of a past moment');
    const progress = await owner.client.get<ErrorResponse>(
      `/api/v1/promises/${calendar.quarter.id}/progress?at=nope`,
    );
    expect(progress.status).toBe(400);
  });

  it.each([
    ['the accountability map', () => `/api/v1/accountability?cycleId=${calendar.quarter.id}&`],
    ["a team's map", () => `/api/v1/accountability/teams/${teamId}?`],
    ['the dashboard', () => '/api/v1/dashboard?'],
    ['the planning board', () => `/api/v1/cycles/${calendar.quarter.id}/board?`],
    ['the findings', () => '/api/v1/findings?'],
  ])('answers %s as of a past moment, and refuses a moment to come', async (_what, path) => {
    const answer = await owner.client.get(`${path()}at=${AT}`);
    expect(answer.status).toBe(200);
    const future = await owner.client.get<ErrorResponse>(`${path()}at=${FUTURE}`);
    expect(future.status).toBe(400);
    expect(future.body.error.message).toContain('is in the future');
    expect((await owner.client.get(`${path()}at=yesterday`)).status).toBe(400);
  });

  it('shows the organization-wide map as of a moment only a cycle or horizon at a time', async () => {
    const refused = await owner.client.get<ErrorResponse>(`/api/v1/accountability?at=${AT}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('give cycleId or horizonId');
  });
});
