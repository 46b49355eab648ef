import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Team, TeamSummary } from '../../contract/teams.js';
import { addMember, createTeam, signUpOwner } from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';

describe.each(testEngines())('teams on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('creates, renames and describes a team', async () => {
    const owner = await signUpOwner(t.app);
    const team = await createTeam(owner, 'Platform');
    expect(team).toMatchObject({ name: 'Platform', description: '', archivedAt: null, members: [] });
    const renamed = await owner.client.patch<Team>(`/api/v1/teams/${team.id}`, {
      name: 'Platform Engineering',
      description: 'Runs the platform',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Platform Engineering', description: 'Runs the platform' });
    const listed = await owner.client.get<{ teams: Team[] }>('/api/v1/teams');
    expect(listed.body.teams.map((x) => x.name)).toEqual(['Platform Engineering']);
  });

  it('adds members, designates a lead and removes a member', async () => {
    const owner = await signUpOwner(t.app);
    const ana = await addMember(t.app, owner, 'member', 'ana');
    const ben = await addMember(t.app, owner, 'member', 'ben');
    const team = await createTeam(owner);
    await owner.client.put(`/api/v1/teams/${team.id}/members/${ana.personId}`, { isLead: true });
    const withBen = await owner.client.put<Team>(`/api/v1/teams/${team.id}/members/${ben.personId}`, {});
    expect(withBen.body.members.map((m) => [m.personId, m.isLead])).toEqual(
      expect.arrayContaining([
        [ana.personId, true],
        [ben.personId, false],
      ]),
    );
    const removed = await owner.client.delete<Team>(`/api/v1/teams/${team.id}/members/${ben.personId}`);
    expect(removed.body.members.map((m) => m.personId)).toEqual([ana.personId]);
    const person = await owner.client.get<{ teams: { id: string; isLead: boolean }[] }>(
      `/api/v1/people/${ana.personId}`,
    );
    expect(person.body.teams).toEqual([{ id: team.id, name: team.name, isLead: true }]);
  });

  it('lists teams with their leads and member counts, not every member', async () => {
    const owner = await signUpOwner(t.app);
    const [ana, ben, cy, removed] = await Promise.all(
      ['ana', 'ben', 'cy', 'dee'].map((name) => addMember(t.app, owner, 'member', name)),
    );
    const platform = await createTeam(owner, 'Platform');
    const growth = await createTeam(owner, 'Growth');
    for (const [person, isLead] of [
      [ben!, true],
      [ana!, true],
      [cy!, false],
      [removed!, true],
    ] as const)
      await owner.client.put(`/api/v1/teams/${platform.id}/members/${person.personId}`, { isLead });
    // Someone who left the organization is neither counted nor shown as a lead.
    expect((await owner.client.delete(`/api/v1/members/${removed!.personId}`)).status).toBe(204);

    const listed = await owner.client.get<{ teams: TeamSummary[] }>('/api/v1/teams');
    expect(listed.body.teams).toEqual([
      expect.objectContaining({ id: growth.id, memberCount: 0, leads: [] }),
      expect.objectContaining({
        id: platform.id,
        memberCount: 3,
        leads: [
          { personId: ana!.personId, name: ana!.me.person.name },
          { personId: ben!.personId, name: ben!.me.person.name },
        ],
      }),
    ]);
    expect(listed.body.teams[0]).not.toHaveProperty('members');
  });

  it('archives a team keeping its members, and restores it', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(t.app, owner, 'member');
    const team = await createTeam(owner);
    await owner.client.put(`/api/v1/teams/${team.id}/members/${member.personId}`, { isLead: false });
    const archived = await owner.client.delete<Team>(`/api/v1/teams/${team.id}`);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await owner.client.get<{ teams: Team[] }>('/api/v1/teams')).body.teams).toHaveLength(0);
    const all = await owner.client.get<{ teams: TeamSummary[] }>('/api/v1/teams?archived=true');
    expect(all.body.teams[0]?.memberCount).toBe(1);

    const rename = await owner.client.patch(`/api/v1/teams/${team.id}`, { name: 'While archived' });
    expect(rename.status).toBe(409);

    const restored = await owner.client.patch<Team>(`/api/v1/teams/${team.id}`, { archived: false });
    expect(restored.body.archivedAt).toBeNull();
    expect(restored.body.members.map((m) => m.personId)).toEqual([member.personId]);
  });

  it('lets members and viewers read teams but not manage them', async () => {
    const owner = await signUpOwner(t.app);
    const team = await createTeam(owner);
    for (const role of ['member', 'viewer'] as const) {
      const person = await addMember(t.app, owner, role);
      expect((await person.client.get(`/api/v1/teams/${team.id}`)).status).toBe(200);
      expect((await person.client.post('/api/v1/teams', { name: 'Mine' })).status).toBe(403);
      expect((await person.client.patch(`/api/v1/teams/${team.id}`, { name: 'Renamed' })).status).toBe(403);
      expect((await person.client.delete(`/api/v1/teams/${team.id}`)).status).toBe(403);
      expect(
        (await person.client.put(`/api/v1/teams/${team.id}/members/${person.personId}`, {})).status,
      ).toBe(403);
    }
    const unchanged = await owner.client.get<Team>(`/api/v1/teams/${team.id}`);
    expect(unchanged.body).toMatchObject({ name: team.name, archivedAt: null, members: [] });
  });

  it('lets admins manage teams', async () => {
    const owner = await signUpOwner(t.app);
    const admin = await addMember(t.app, owner, 'admin');
    expect((await admin.client.post('/api/v1/teams', { name: 'By admin' })).status).toBe(201);
  });

  it('refuses to add someone who is not a member of the organization', async () => {
    const owner = await signUpOwner(t.app);
    const stranger = await signUpOwner(t.app, 'stranger');
    const team = await createTeam(owner);
    const response = await owner.client.put(`/api/v1/teams/${team.id}/members/${stranger.personId}`, {});
    expect(response.status).toBe(404);
  });
});
