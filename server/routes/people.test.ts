import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../contract/auth.js';
import type { Invitation } from '../../contract/invitations.js';
import type { Person } from '../../contract/people.js';
import type { PromiseDetail } from '../../contract/promises.js';
import { addMember, createCalendar, PASSWORD, promiseIn, signUpOwner } from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines, unique } from '../test/harness.js';

describe.each(testEngines())('people, members and invitations on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('invites a newcomer who accepts with a name and password', async () => {
    const owner = await signUpOwner(t.app);
    const email = `${unique('newcomer')}@example.com`;
    const invited = await owner.client.post<{ invitation: Invitation; link: string }>('/api/v1/invitations', {
      email,
      role: 'member',
    });
    expect(invited.status).toBe(201);
    expect(invited.body.link).toMatch(/\/invite\/[\w-]+$/);
    const token = invited.body.link.split('/invite/')[1]!;

    const preview = await new Client(t.app).get(`/api/v1/invitations/preview/${token}`);
    expect(preview.body).toMatchObject({ email, role: 'member', hasAccount: false });

    const newcomer = new Client(t.app);
    const accepted = await newcomer.post('/api/v1/invitations/accept', {
      token,
      name: 'Newcomer',
      password: PASSWORD,
    });
    expect(accepted.status).toBe(200);
    const me = await newcomer.get<Me>('/api/v1/me');
    expect(me.body.organization).toMatchObject({ id: owner.organizationId, role: 'member' });

    const again = await new Client(t.app).post('/api/v1/invitations/accept', {
      token,
      name: 'X',
      password: PASSWORD,
    });
    expect(again.status).toBe(409);
    const list = await owner.client.get<{ invitations: Invitation[] }>('/api/v1/invitations');
    expect(list.body.invitations[0]?.status).toBe('accepted');
  });

  it('lets a person with an account join a second organization and switch to it', async () => {
    const a = await signUpOwner(t.app, 'a');
    const b = await signUpOwner(t.app, 'b');
    const invited = await b.client.post<{ link: string }>('/api/v1/invitations', {
      email: a.email,
      role: 'viewer',
    });
    const token = invited.body.link.split('/invite/')[1]!;
    const anonymous = await new Client(t.app).post('/api/v1/invitations/accept', {
      token,
      name: 'A',
      password: PASSWORD,
    });
    expect(anonymous.status).toBe(409);
    const accepted = await a.client.post('/api/v1/invitations/accept', { token });
    expect(accepted.status).toBe(200);
    const me = await a.client.get<Me>('/api/v1/me');
    expect(me.body.organizations.map((o) => o.id).sort()).toEqual(
      [a.organizationId, b.organizationId].sort(),
    );
    expect(me.body.organization).toMatchObject({ id: b.organizationId, role: 'viewer' });
  });

  it('refuses an invitation accepted by another account', async () => {
    const owner = await signUpOwner(t.app);
    const other = await signUpOwner(t.app, 'other');
    const invited = await owner.client.post<{ link: string }>('/api/v1/invitations', {
      email: `${unique('someone')}@example.com`,
    });
    const token = invited.body.link.split('/invite/')[1]!;
    expect((await other.client.post('/api/v1/invitations/accept', { token })).status).toBe(403);
  });

  it('revokes a pending invitation', async () => {
    const owner = await signUpOwner(t.app);
    const invited = await owner.client.post<{ invitation: Invitation; link: string }>('/api/v1/invitations', {
      email: `${unique('revoked')}@example.com`,
    });
    expect((await owner.client.delete(`/api/v1/invitations/${invited.body.invitation.id}`)).status).toBe(204);
    const token = invited.body.link.split('/invite/')[1]!;
    const accept = await new Client(t.app).post('/api/v1/invitations/accept', {
      token,
      name: 'N',
      password: PASSWORD,
    });
    expect(accept.status).toBe(409);
  });

  it('lists and searches people with their roles', async () => {
    const owner = await signUpOwner(t.app);
    const viewer = await addMember(t.app, owner, 'viewer', 'zelda');
    const all = await owner.client.get<{ people: Person[] }>('/api/v1/people');
    expect(all.body.people.map((p) => [p.id, p.role])).toEqual(
      expect.arrayContaining([
        [owner.personId, 'owner'],
        [viewer.personId, 'viewer'],
      ]),
    );
    const found = await owner.client.get<{ people: Person[] }>('/api/v1/people?q=ZELDA');
    expect(found.body.people.map((p) => p.id)).toEqual([viewer.personId]);
    const percent = await owner.client.get<{ people: Person[] }>('/api/v1/people?q=%25');
    expect(percent.body.people).toEqual([]);
  });

  it('changes roles within the rules: admins cannot touch ownership', async () => {
    const owner = await signUpOwner(t.app);
    const admin = await addMember(t.app, owner, 'admin');
    const member = await addMember(t.app, owner, 'member');
    expect((await admin.client.patch(`/api/v1/members/${member.personId}`, { role: 'viewer' })).status).toBe(
      200,
    );
    expect((await admin.client.patch(`/api/v1/members/${member.personId}`, { role: 'owner' })).status).toBe(
      403,
    );
    expect((await admin.client.patch(`/api/v1/members/${owner.personId}`, { role: 'member' })).status).toBe(
      403,
    );
    expect((await member.client.patch(`/api/v1/members/${admin.personId}`, { role: 'viewer' })).status).toBe(
      403,
    );
    const person = await owner.client.get<Person>(`/api/v1/people/${member.personId}`);
    expect(person.body.role).toBe('viewer');
  });

  it('never leaves an organization without an owner', async () => {
    const owner = await signUpOwner(t.app);
    const demoted = await owner.client.patch(`/api/v1/members/${owner.personId}`, { role: 'admin' });
    expect(demoted.status).toBe(409);
    expect((await owner.client.delete(`/api/v1/members/${owner.personId}`)).status).toBe(409);
    expect((await owner.client.get<Me>('/api/v1/me')).body.organization?.role).toBe('owner');
  });

  it('removes a member, who then loses access but stays in history, marked as a former member', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(t.app, owner, 'member');
    const calendar = await createCalendar(owner);
    const promise = await promiseIn('promised', {
      customer: owner,
      performer: member,
      cycle: calendar.quarter,
    });
    const named = await member.client.get<Me>('/api/v1/me');
    expect((await owner.client.delete(`/api/v1/members/${member.personId}`)).status).toBe(204);
    expect((await member.client.get('/api/v1/teams')).status).toBe(403);
    const people = await owner.client.get<{ people: Person[] }>('/api/v1/people');
    expect(people.body.people.map((p) => p.id)).not.toContain(member.personId);
    const kept = await owner.client.get<PromiseDetail>(`/api/v1/promises/${promise.id}`);
    expect(kept.body.performers).toEqual([
      { type: 'person', id: member.personId, name: `${named.body.person.name} (former member)` },
    ]);
    expect(kept.body.customer).toMatchObject({
      id: owner.personId,
      name: expect.not.stringContaining('former'),
    });
  });

  it('lets only owners and admins invite', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(t.app, owner, 'member');
    const response = await member.client.post('/api/v1/invitations', { email: `${unique('x')}@example.com` });
    expect(response.status).toBe(403);
    expect((await member.client.get('/api/v1/invitations')).status).toBe(403);
  });
});
