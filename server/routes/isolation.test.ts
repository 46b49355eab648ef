import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../contract/people.js';
import type { PromiseDetail } from '../../contract/promises.js';
import type { Team } from '../../contract/teams.js';
import type { ApiToken } from '../../contract/tokens.js';
import {
  type Calendar,
  createCalendar,
  createOrganization,
  keptPromise,
  promiseIn,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines } from '../test/harness.js';

/**
 * Organization B's ids, used by an owner of organization A, through every route that takes an id:
 * each must answer 404 as if the id did not exist, and change nothing in B.
 */
describe.each(testEngines())('tenant isolation on %s', (engine) => {
  let t: TestApp;
  let a: SignedIn;
  let b: SignedIn;
  let bMember: SignedIn;
  let bTeam: Team;
  let bToken: ApiToken;
  let bInvitationId: string;
  let bCalendar: Calendar;
  let bPromise: PromiseDetail;
  let bOtherPromise: PromiseDetail;
  let bContributionId: string;
  let bDependencyId: string;
  let bCheckInId: string;
  let bViewId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    a = await signUpOwner(t.app, 'a-owner');
    const organizationB = await createOrganization(t.app, {
      owner: 'b-owner',
      people: { 'b-member': 'member' },
      teams: { 'B secret team': { leads: ['b-member'] } },
    });
    b = organizationB.owner;
    bMember = organizationB.people['b-member'];
    bTeam = organizationB.teams['B secret team'];
    bToken = (await b.client.post<{ token: ApiToken }>('/api/v1/tokens', { name: 'b token' })).body.token;
    bInvitationId = (
      await b.client.post<{ invitation: { id: string } }>('/api/v1/invitations', {
        email: 'pending-b@example.com',
      })
    ).body.invitation.id;
    bCalendar = await createCalendar(b);
    const kept = await keptPromise({
      customer: b,
      performer: bMember,
      cycle: bCalendar.quarter,
      body: { title: 'B kept', conditions: [] },
      checkIns: [{ confidence: 5, status: 'on-track' }],
    });
    bCheckInId = kept.checkIns[0]!.id;
    const promise = (title: string, cycle: { id: string; endDate: string }) =>
      promiseIn('requested', { customer: b, performer: bMember, cycle, body: { title } });
    bPromise = await promise('B year', bCalendar.year);
    bOtherPromise = await promise('B quarter', bCalendar.quarter);
    bContributionId = (
      await b.client.post<{ id: string }>('/api/v1/contributions', {
        fromPromiseId: bOtherPromise.id,
        toPromiseId: bPromise.id,
      })
    ).body.id;
    bViewId = (
      await b.client.post<{ id: string }>('/api/v1/views', { name: 'B view', query: { status: 'promised' } })
    ).body.id;
    bDependencyId = (
      await b.client.post<{ id: string }>('/api/v1/dependencies', {
        promiseId: bOtherPromise.id,
        supplierTeamId: bTeam.id,
      })
    ).body.id;
  });
  afterAll(() => t.close());

  const routes = (): Array<[string, string, unknown?]> => [
    ['GET', `/api/v1/people/${bMember.personId}`],
    ['GET', `/api/v1/people/${b.personId}`],
    ['PATCH', `/api/v1/members/${bMember.personId}`, { role: 'viewer' }],
    ['DELETE', `/api/v1/members/${bMember.personId}`],
    ['GET', `/api/v1/teams/${bTeam.id}`],
    ['PATCH', `/api/v1/teams/${bTeam.id}`, { name: 'Taken over' }],
    ['DELETE', `/api/v1/teams/${bTeam.id}`],
    ['PUT', `/api/v1/teams/${bTeam.id}/members/${a.personId}`, { isLead: true }],
    ['DELETE', `/api/v1/teams/${bTeam.id}/members/${bMember.personId}`],
    ['DELETE', `/api/v1/tokens/${bToken.id}`],
    ['DELETE', `/api/v1/views/${bViewId}`],
    ['DELETE', `/api/v1/invitations/${bInvitationId}`],
    ['POST', '/api/v1/invitations/resend', { id: bInvitationId }],
    ['DELETE', `/api/v1/me/organizations/${b.organizationId}`],
    ['PUT', '/api/v1/me/organization', { organizationId: b.organizationId }],
    ['GET', `/api/v1/promises/${bPromise.id}`],
    ['PATCH', `/api/v1/promises/${bPromise.id}`, { version: 2, title: 'Taken over' }],
    ['POST', `/api/v1/promises/${bPromise.id}/moves`, { act: 'withdraw', version: 2 }],
    ['POST', `/api/v1/promises/${bPromise.id}/moves`, { act: 'comment', version: 2, text: 'hello' }],
    ['POST', `/api/v1/promises/${bPromise.id}/moves`, { act: 'end', version: 2 }],
    ['POST', `/api/v1/promises/${bPromise.id}/carry-over`],
    ['POST', `/api/v1/promises/${bPromise.id}/carry-over/leave`],
    [
      'POST',
      '/api/v1/promises',
      {
        cycleId: bCalendar.year.id,
        customer: { type: 'person', id: a.personId },
        performers: [{ type: 'person', id: a.personId }],
        title: 'In B',
        dueDate: '2027-06-01',
        open: 'request',
      },
    ],
    ['POST', '/api/v1/contributions', { fromPromiseId: bOtherPromise.id, toPromiseId: bPromise.id }],
    ['DELETE', `/api/v1/contributions/${bContributionId}`],
    ['POST', '/api/v1/dependencies', { promiseId: bPromise.id, supplierTeamId: bTeam.id }],
    ['POST', `/api/v1/dependencies/${bDependencyId}/answer`, { answer: 'acknowledge' }],
    ['GET', `/api/v1/promises/${bPromise.id}/check-ins`],
    ['POST', `/api/v1/promises/${bPromise.id}/check-ins`, { values: [], confidence: 5, status: 'on-track' }],
    ['GET', `/api/v1/promises/${bPromise.id}/progress`],
    ['GET', `/api/v1/promises/${bPromise.id}/assessment`],
    ['POST', `/api/v1/promises/${bPromise.id}/retrospectives`, { wentWell: 'mine now' }],
    ['POST', `/api/v1/check-ins/${bCheckInId}/answers`, { kind: 'acknowledge' }],
    ['PATCH', `/api/v1/cycles/${bCalendar.year.id}`, { checkInCadence: 'monthly' }],
    ['PATCH', `/api/v1/cycles/${bCalendar.quarter.id}`, { name: 'Taken over', endDate: '2027-02-28' }],
    ['DELETE', `/api/v1/cycles/${bCalendar.quarter.id}`],
    ['GET', `/api/v1/cycles/${bCalendar.year.id}/review`],
    ['GET', `/api/v1/dashboard?cycleId=${bCalendar.year.id}`],
    ['GET', `/api/v1/dashboard?teamId=${bTeam.id}`],
    ['GET', `/api/v1/accountability?cycleId=${bCalendar.year.id}`],
    ['GET', `/api/v1/accountability/teams/${bTeam.id}`],
    ['GET', `/api/v1/cycles/${bCalendar.quarter.id}/timeline`],
    ['POST', `/api/v1/cycles/${bCalendar.quarter.id}/transitions`, { to: 'active' }],
    ['GET', `/api/v1/cycles/${bCalendar.quarter.id}/board`],
    ['GET', `/api/v1/cycles/${bCalendar.quarter.id}/direction`],
    ['POST', `/api/v1/cycles/${bCalendar.quarter.id}/direction/comments`, { text: 'hi' }],
    ['GET', `/api/v1/promises/${bPromise.id}/reviews`],
    [
      'POST',
      `/api/v1/promises/${bPromise.id}/reviews`,
      { reviewer: { type: 'person', id: a.personId }, role: 'peer' },
    ],
    ['POST', `/api/v1/promises/${bPromise.id}/questions`, { text: 'Why?' }],
    ['GET', `/api/v1/teams/${bTeam.id}/capacity?cycleId=${bCalendar.quarter.id}`],
    ['PUT', `/api/v1/teams/${bTeam.id}/capacity`, { cycleId: bCalendar.quarter.id, amount: 3 }],
    ['PUT', `/api/v1/promises/${bPromise.id}/size`, { size: 3 }],
    [
      'POST',
      '/api/v1/cycles',
      {
        name: 'In B',
        horizonId: bCalendar.horizons.quarter,
        parentId: bCalendar.year.id,
        startDate: '2027-04-01',
        endDate: '2027-06-30',
      },
    ],
  ];

  it('answers 404 to a session of another organization, for every route with an id', async () => {
    for (const [method, url, body] of routes()) {
      const response = await a.client.request(method as 'GET', url, body);
      expect({ method, url, status: response.status }).toEqual({ method, url, status: 404 });
    }
  });

  it('answers 404 to an API token of another organization, too', async () => {
    const secret = (await a.client.post<{ secret: string }>('/api/v1/tokens', { name: 'a' })).body.secret;
    const script = new Client(t.app);
    script.bearer = secret;
    for (const [method, url, body] of routes()) {
      const response = await script.request(method as 'GET', url, body);
      expect({ method, url, status: response.status }).toEqual({
        method,
        url,
        status: url === '/api/v1/me/organization' ? 403 : 404,
      });
    }
  });

  it('never lists another organization in collections', async () => {
    const people = await a.client.get<{ people: Person[] }>('/api/v1/people');
    expect(people.body.people.map((p) => p.id)).toEqual([a.personId]);
    const teams = await a.client.get<{ teams: Team[] }>('/api/v1/teams?archived=all');
    expect(teams.body.teams).toEqual([]);
    const tokens = await a.client.get<{ tokens: ApiToken[] }>('/api/v1/tokens');
    expect(tokens.body.tokens.map((x) => x.id)).not.toContain(bToken.id);
    const invitations = await a.client.get<{ invitations: unknown[] }>('/api/v1/invitations');
    expect(invitations.body.invitations).toEqual([]);
    const promises = await a.client.get<{ total: number }>('/api/v1/promises');
    expect(promises.body.total).toBe(0);
    const cycles = await a.client.get<{ cycles: unknown[]; total: number }>('/api/v1/cycles');
    expect(cycles.body).toMatchObject({ cycles: [], total: 0 });
    const notifications = await a.client.get<{ notifications: unknown[]; total: number }>(
      '/api/v1/notifications?limit=200',
    );
    expect(notifications.body).toMatchObject({ notifications: [], total: 0 });
    const horizons = await a.client.get<{ horizons: Array<{ id: string }> }>('/api/v1/horizons?limit=200');
    const bHorizons = Object.values(bCalendar.horizons);
    expect(horizons.body.horizons.map((h) => h.id).filter((id) => bHorizons.includes(id))).toEqual([]);
    const map = await a.client.get<{ units: unknown[]; links: unknown[] }>('/api/v1/accountability');
    expect(map.body).toMatchObject({ promises: 0, units: [], links: [] });
    const inbox = await a.client.get<{
      awaitingMe: unknown[];
      waitingOnOthers: unknown[];
      milestones: unknown[];
    }>('/api/v1/inbox');
    expect(inbox.body).toMatchObject({
      awaitingMe: [],
      waitingOnOthers: [],
      totals: { awaitingMe: 0, waitingOnOthers: 0 },
      milestones: [],
    });
  });

  it('left organization B exactly as it was', async () => {
    const team = await b.client.get<Team>(`/api/v1/teams/${bTeam.id}`);
    expect(team.body).toMatchObject({ name: 'B secret team', archivedAt: null });
    expect(team.body.members).toEqual([
      expect.objectContaining({ personId: bMember.personId, isLead: true }),
    ]);
    const member = await b.client.get<Person>(`/api/v1/people/${bMember.personId}`);
    expect(member.body.role).toBe('member');
    const tokens = await b.client.get<{ tokens: ApiToken[] }>('/api/v1/tokens');
    expect(tokens.body.tokens.map((x) => x.id)).toEqual([bToken.id]);
    const promise = await b.client.get<PromiseDetail>(`/api/v1/promises/${bPromise.id}`);
    expect(promise.body).toMatchObject({ title: 'B year', status: 'requested', version: 2 });
    expect(promise.body.history).toHaveLength(1);
    expect(promise.body.contributedBy.map((c) => c.id)).toEqual([bContributionId]);
    const other = await b.client.get<PromiseDetail>(`/api/v1/promises/${bOtherPromise.id}`);
    expect(other.body.dependsOn.map((d) => d.state)).toEqual(['proposed']);
    const invitations = await b.client.get<{ invitations: Array<{ status: string }> }>('/api/v1/invitations');
    expect(invitations.body.invitations.map((i) => i.status).sort()).toEqual(['accepted', 'pending']);
  });
});
