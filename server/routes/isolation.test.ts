import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../contract/people.js';
import type { Team } from '../../contract/teams.js';
import type { ApiToken } from '../../contract/tokens.js';
import { addMember, createTeam, type SignedIn, signUpOwner } from '../test/factories.js';
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

  beforeAll(async () => {
    t = await createTestApp(engine);
    a = await signUpOwner(t.app, 'a-owner');
    b = await signUpOwner(t.app, 'b-owner');
    bMember = await addMember(t.app, b, 'member', 'b-member');
    bTeam = await createTeam(b, 'B secret team');
    await b.client.put(`/api/v1/teams/${bTeam.id}/members/${bMember.personId}`, { isLead: true });
    bToken = (await b.client.post<{ token: ApiToken }>('/api/v1/tokens', { name: 'b token' })).body.token;
    bInvitationId = (
      await b.client.post<{ invitation: { id: string } }>('/api/v1/invitations', {
        email: 'pending-b@example.com',
      })
    ).body.invitation.id;
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
    ['DELETE', `/api/v1/invitations/${bInvitationId}`],
    ['PUT', '/api/v1/me/organization', { organizationId: b.organizationId }],
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
    const invitations = await b.client.get<{ invitations: Array<{ status: string }> }>('/api/v1/invitations');
    expect(invitations.body.invitations.map((i) => i.status).sort()).toEqual(['accepted', 'pending']);
  });
});
