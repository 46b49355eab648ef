import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dependency } from '../../contract/alignment.js';
import type { Inbox } from '../../contract/inbox.js';
import type { PromiseDetail } from '../../contract/promises.js';
import {
  addMember,
  type Calendar,
  createCalendar,
  createTeam,
  promiseIn,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';

describe.each(testEngines())('contributions, dependencies and the inbox on %s', (engine) => {
  let t: TestApp;
  let ceo: SignedIn;
  let cto: SignedIn;
  let engineer: SignedIn;
  let calendar: Calendar;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ceo = await signUpOwner(t.app, 'ceo');
    cto = await addMember(t.app, ceo, 'member', 'cto');
    engineer = await addMember(t.app, ceo, 'member', 'engineer');
    calendar = await createCalendar(ceo);
  });
  afterAll(() => t.close());

  /** `by` asks `to` for a promise in `cycle`. */
  const open = (by: SignedIn, to: SignedIn, cycle: { id: string; endDate: string }, title: string) =>
    promiseIn('requested', { customer: by, performer: to, cycle, body: { title } });

  it('links a quarter promise to the year promise it serves, both ways', async () => {
    const year = await open(ceo, cto, calendar.year, 'Build awesome tech');
    const quarter = await open(cto, engineer, calendar.quarter, 'Implement the awesome feature');
    const linked = await engineer.client.post('/api/v1/contributions', {
      fromPromiseId: quarter.id,
      toPromiseId: year.id,
    });
    expect(linked.status).toBe(201);
    const yearDetail = (await ceo.client.get<PromiseDetail>(`/api/v1/promises/${year.id}`)).body;
    expect(yearDetail.contributedBy.map((c) => c.from.id)).toEqual([quarter.id]);
    const again = await engineer.client.post('/api/v1/contributions', {
      fromPromiseId: quarter.id,
      toPromiseId: year.id,
    });
    expect(again.status).toBe(409);
  });

  it('refuses a contribution across cycles that do not overlap in time', async () => {
    const other = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(other.statusCode).toBe(200);
    const nextYear = await ceo.client.post<{ id: string; endDate: string }>('/api/v1/cycles', {
      name: 'FY2028',
      horizonId: calendar.horizons['1y'],
      startDate: '2028-01-01',
      endDate: '2028-12-31',
    });
    const later = await open(ceo, cto, nextYear.body, 'Next year');
    const now = await open(cto, engineer, calendar.quarter, 'This quarter');
    const response = await cto.client.post<{ error: { message: string } }>('/api/v1/contributions', {
      fromPromiseId: now.id,
      toPromiseId: later.id,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/does not overlap/);
  });

  it('refuses links from people who speak for neither promise', async () => {
    const a = await open(ceo, cto, calendar.year, 'A');
    const b = await open(ceo, cto, calendar.quarter, 'B');
    const response = await engineer.client.post('/api/v1/contributions', {
      fromPromiseId: b.id,
      toPromiseId: a.id,
    });
    expect(response.status).toBe(403);
  });

  it('has the supplier acknowledge or decline a dependency, visible on both promises', async () => {
    const feature = await open(cto, engineer, calendar.quarter, 'Onboarding');
    const sso = await open(ceo, cto, calendar.quarter, 'Single sign-on');
    const created = await engineer.client.post<Dependency>('/api/v1/dependencies', {
      promiseId: feature.id,
      supplierPromiseId: sso.id,
      note: 'Onboarding signs people in with SSO',
    });
    expect(created.status).toBe(201);
    expect(created.body.state).toBe('proposed');

    const inbox = (await cto.client.get<Inbox>('/api/v1/inbox')).body;
    expect(
      inbox.awaitingMe.some((i) => i.kind === 'dependency' && i.dependency?.id === created.body.id),
    ).toBe(true);
    expect(
      (
        await engineer.client.post(`/api/v1/dependencies/${created.body.id}/answer`, {
          answer: 'acknowledge',
        })
      ).status,
    ).toBe(403);
    const acknowledged = await cto.client.post<Dependency>(`/api/v1/dependencies/${created.body.id}/answer`, {
      answer: 'acknowledge',
    });
    expect(acknowledged.body.state).toBe('acknowledged');
    expect(
      (
        await cto.client.post(`/api/v1/dependencies/${created.body.id}/answer`, {
          answer: 'decline',
          reason: 'x',
        })
      ).status,
    ).toBe(409);

    const dependent = (await engineer.client.get<PromiseDetail>(`/api/v1/promises/${feature.id}`)).body;
    expect(dependent.dependsOn.map((d) => [d.supplierPromise?.id, d.state])).toEqual([
      [sso.id, 'acknowledged'],
    ]);
    const supplier = (await cto.client.get<PromiseDetail>(`/api/v1/promises/${sso.id}`)).body;
    expect(supplier.dependedOnBy.map((d) => d.dependent.id)).toEqual([feature.id]);
  });

  it('counts promising the supplier promise as acknowledging the dependencies on it', async () => {
    const feature = await open(cto, engineer, calendar.quarter, 'Reports');
    const supplier = await open(ceo, cto, calendar.quarter, 'Data warehouse');
    const created = await engineer.client.post<Dependency>('/api/v1/dependencies', {
      promiseId: feature.id,
      supplierPromiseId: supplier.id,
    });
    expect(created.body.state).toBe('proposed');
    await cto.client.post(`/api/v1/promises/${supplier.id}/moves`, {
      act: 'promise',
      version: supplier.version,
    });
    const dependent = (await engineer.client.get<PromiseDetail>(`/api/v1/promises/${feature.id}`)).body;
    expect(dependent.dependsOn.map((d) => d.state)).toEqual(['acknowledged']);
  });

  it('depends on a team that has not promised yet, suggesting an ask, and a lead declines it', async () => {
    const platform = await createTeam(ceo, 'Platform');
    await ceo.client.put(`/api/v1/teams/${platform.id}/members/${cto.personId}`, { isLead: true });
    const feature = await open(cto, engineer, calendar.quarter, 'Exports');
    const created = await engineer.client.post<Dependency>('/api/v1/dependencies', {
      promiseId: feature.id,
      supplierTeamId: platform.id,
    });
    expect(created.body).toMatchObject({ supplierTeam: { id: platform.id }, suggestAsk: true });
    const noReason = await cto.client.post(`/api/v1/dependencies/${created.body.id}/answer`, {
      answer: 'decline',
    });
    expect(noReason.status).toBe(400);
    const declined = await cto.client.post<Dependency>(`/api/v1/dependencies/${created.body.id}/answer`, {
      answer: 'decline',
      reason: 'No capacity this quarter',
    });
    expect(declined.body).toMatchObject({ state: 'declined', reason: 'No capacity this quarter' });
  });

  it('fills the inbox with what awaits each side, and what each waits on', async () => {
    const asked = await open(ceo, cto, calendar.year, 'Inbox request');
    const ctoInbox = (await cto.client.get<Inbox>('/api/v1/inbox')).body;
    const item = ctoInbox.awaitingMe.find((i) => i.promise.id === asked.id);
    expect(item).toMatchObject({ kind: 'request' });
    expect(item?.acts).toEqual(expect.arrayContaining(['promise', 'counter', 'decline']));
    const ceoInbox = (await ceo.client.get<Inbox>('/api/v1/inbox')).body;
    expect(ceoInbox.waitingOnOthers.map((i) => i.promise.id)).toContain(asked.id);
    expect(ceoInbox.awaitingMe.map((i) => i.promise.id)).not.toContain(asked.id);

    await cto.client.post(`/api/v1/promises/${asked.id}/moves`, { act: 'promise', version: 2 });
    await cto.client.post(`/api/v1/promises/${asked.id}/moves`, { act: 'report-complete', version: 3 });
    const toAssess = (await ceo.client.get<Inbox>('/api/v1/inbox')).body;
    expect(toAssess.awaitingMe.find((i) => i.promise.id === asked.id)?.kind).toBe('completion');
    await ceo.client.post(`/api/v1/promises/${asked.id}/moves`, {
      act: 'declare-dissatisfied',
      version: 4,
      reason: { text: 'Not yet' },
    });
    const toResume = (await cto.client.get<Inbox>('/api/v1/inbox')).body;
    expect(toResume.awaitingMe.find((i) => i.promise.id === asked.id)?.kind).toBe('dissatisfied');
  });
});
