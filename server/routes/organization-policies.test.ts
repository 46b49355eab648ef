import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Me } from '../../contract/auth.js';
import type { Role } from '../../contract/common.js';
import type { Cycle } from '../../contract/cycles.js';
import type { DirectionDocument } from '../../contract/direction.js';
import type { Invitation } from '../../contract/invitations.js';
import type { Person } from '../../contract/people.js';
import type { Team } from '../../contract/teams.js';
import { nextCycleStates } from '../../core/planning/index.js';
import {
  addMember,
  type Calendar,
  createCalendar,
  createTeam,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { createTestApp, type Response, type TestApp, testEngines, unique } from '../test/harness.js';
import { Agreement } from '../test/policy-probes.js';

/**
 * Every action on the organization, its teams, cycles, direction, members and invitations, tried by
 * each role and by those a team or leadership gives more: the server accepts it exactly when the
 * resource's `can` offered it.
 */
const actors = ['owner', 'admin', 'member', 'viewer', 'teamLead', 'leader'] as const;
type Actor = (typeof actors)[number];
const roles: readonly Role[] = ['owner', 'admin', 'member', 'viewer'];

describe.each(testEngines())('can on the organization agrees with the server, on %s', (engine) => {
  let t: TestApp;
  const people = {} as Record<Actor, SignedIn>;
  let team: Team;
  let archived: Team;
  let calendar: Calendar;
  const agreement = new Agreement();
  let year = 2050;

  beforeAll(async () => {
    t = await createTestApp(engine);
    people.owner = await signUpOwner(t.app, 'op-owner');
    const owner = people.owner;
    people.admin = await addMember(t.app, owner, 'admin', 'op-admin');
    people.member = await addMember(t.app, owner, 'member', 'op-member');
    people.viewer = await addMember(t.app, owner, 'viewer', 'op-viewer');
    people.teamLead = await addMember(t.app, owner, 'member', 'op-lead');
    people.leader = await addMember(t.app, owner, 'member', 'op-leader');
    team = await createTeam(owner, 'Platform');
    archived = await createTeam(owner, 'Old platform');
    const leadership = await createTeam(owner, 'Leadership');
    await owner.client.patch(`/api/v1/teams/${leadership.id}`, { isLeadership: true });
    const join = (to: Team, who: SignedIn, isLead: boolean) =>
      owner.client.put(`/api/v1/teams/${to.id}/members/${who.personId}`, { isLead });
    for (const each of [team, archived]) {
      await join(each, people.teamLead, true);
      await join(each, people.member, false);
      // A viewer may lead a team or sit in leadership, and still changes nothing.
      await join(each, people.viewer, true);
    }
    await join(leadership, people.leader, false);
    await join(leadership, people.viewer, false);
    await owner.client.patch(`/api/v1/teams/${archived.id}`, { archived: true });
    calendar = await createCalendar(owner, 2034);
  });
  afterAll(() => t.close());

  const organizationCan = async (who: SignedIn) =>
    (await who.client.get<Me>('/api/v1/me')).body.organization!.can;

  it('offers exactly what the server accepts in the organization', async () => {
    const attempts: Record<string, (who: SignedIn) => Promise<Response>> = {
      createPromise: (who) =>
        who.client.post('/api/v1/promises', {
          cycleId: calendar.quarter.id,
          customer: { type: 'person', id: who.personId },
          performers: [{ type: 'team', id: team.id }],
          title: unique('Mine'),
          dueDate: calendar.quarter.endDate,
          open: 'draft',
        }),
      createTeam: (who) => who.client.post('/api/v1/teams', { name: unique('Team') }),
      createHorizon: (who) => {
        // Each horizon its own length, so only the policy can refuse one.
        year += 1;
        return who.client.post('/api/v1/horizons', { name: unique('H'), days: year - 2000 });
      },
      createCycle: (who) => {
        year += 1;
        return who.client.post('/api/v1/cycles', {
          name: `FY${year}`,
          horizonId: calendar.horizons['1y'],
          startDate: `${year}-01-01`,
          endDate: `${year}-12-31`,
        });
      },
      editPlanningSettings: (who) =>
        who.client.put('/api/v1/settings/planning', { directionWeeksBefore: 4, draftsWeeksBefore: 2 }),
      editSettings: (who) => who.client.patch('/api/v1/settings/organization', { timeZone: 'UTC' }),
      invite: (who) => who.client.post('/api/v1/invitations', { email: `${unique('i')}@example.com` }),
      seeInvitations: (who) => who.client.get('/api/v1/invitations'),
      manageIntegrations: (who) => who.client.get('/api/v1/webhooks'),
      exportOrganization: (who) => who.client.get('/api/v1/exports?format=csv&kind=teams'),
    };
    for (const actor of actors) {
      const can = await organizationCan(people[actor]);
      for (const [action, attempt] of Object.entries(attempts)) {
        const allowed = can[action as keyof typeof can];
        agreement.record(
          `organization.${action}`,
          actor,
          'now',
          allowed === true,
          await attempt(people[actor]),
        );
      }
      for (const role of roles) {
        const response = await people[actor].client.post('/api/v1/invitations', {
          email: `${unique('as')}@example.com`,
          role,
        });
        agreement.record('organization.inviteAs', actor, role, can.inviteAs.includes(role), response);
      }
    }
  });

  it('offers exactly what the server accepts on a team, active or archived', async () => {
    const { owner } = people;
    const attempts: Record<keyof Team['can'], (who: SignedIn, of: Team) => Promise<Response>> = {
      edit: (who, of) => who.client.patch(`/api/v1/teams/${of.id}`, { description: unique('About') }),
      archive: async (who, of) => {
        const isArchived = of.archivedAt !== null;
        const response = await who.client.patch(`/api/v1/teams/${of.id}`, { archived: !isArchived });
        // Put it back as it was for the next person.
        if (response.status === 200)
          await owner.client.patch(`/api/v1/teams/${of.id}`, { archived: isArchived });
        return response;
      },
      manageMembers: (who, of) =>
        who.client.put(`/api/v1/teams/${of.id}/members/${people.member.personId}`, { isLead: false }),
      setCapacity: (who, of) =>
        who.client.put(`/api/v1/teams/${of.id}/capacity`, { cycleId: calendar.quarter.id, amount: 3 }),
    };
    for (const of of [team, archived]) {
      for (const actor of actors) {
        for (const [action, attempt] of Object.entries(attempts) as Array<
          [keyof Team['can'], (typeof attempts)['edit']]
        >) {
          const seen = (await people[actor].client.get<Team>(`/api/v1/teams/${of.id}`)).body;
          const where = seen.archivedAt === null ? 'active' : 'archived';
          agreement.record(
            `team.${action}`,
            actor,
            where,
            seen.can[action],
            await attempt(people[actor], seen),
          );
        }
      }
    }
  });

  it('offers exactly what the server accepts on the direction document', async () => {
    const path = `/api/v1/cycles/${calendar.quarter.id}/direction`;
    const seen = async (who: SignedIn) => (await who.client.get<DirectionDocument>(path)).body.can;
    const comment = (who: SignedIn) => who.client.post(`${path}/comments`, { text: 'Clear to me' });
    for (const actor of actors) {
      agreement.record(
        'direction.comment',
        actor,
        'unpublished',
        (await seen(people[actor])).comment,
        await comment(people[actor]),
      );
    }
    for (const actor of actors) {
      const can = await seen(people[actor]);
      agreement.record(
        'direction.edit',
        actor,
        'draft',
        can.edit,
        await people[actor].client.put(path, { markdown: unique('# Focus') }),
      );
      // Something new to publish, whoever tries.
      await people.leader.client.put(path, { markdown: unique('# Focus') });
      agreement.record(
        'direction.publish',
        actor,
        'draft',
        can.publish,
        await people[actor].client.post(`${path}/publish`),
      );
    }
    for (const actor of actors) {
      agreement.record(
        'direction.comment',
        actor,
        'published',
        (await seen(people[actor])).comment,
        await comment(people[actor]),
      );
    }
  });

  it('offers exactly what the server accepts on a cycle, until it is closed', async () => {
    const moving = (await createCalendar(people.owner, 2035)).quarter;
    const closed = (await createCalendar(people.owner, 2036)).quarter;
    for (const to of ['active', 'reviewing', 'closed']) {
      await people.owner.client.post(`/api/v1/cycles/${closed.id}/transitions`, { to });
    }
    const cycleOf = async (who: SignedIn, id: string) =>
      (await who.client.get<{ cycles: Cycle[] }>('/api/v1/cycles')).body.cycles.find((c) => c.id === id)!;
    // Those who may move it go last, so the cycle moves on twice while everyone has tried.
    const order: Actor[] = ['member', 'viewer', 'teamLead', 'leader', 'owner', 'admin'];
    for (const id of [moving.id, closed.id]) {
      for (const actor of order) {
        const seen = await cycleOf(people[actor], id);
        const edited = await people[actor].client.patch(`/api/v1/cycles/${id}`, {
          checkInCadence: 'biweekly',
        });
        agreement.record('cycle.edit', actor, seen.state, seen.can.edit, edited);
        const to = nextCycleStates(seen.state)[0] ?? 'active';
        const moved = await people[actor].client.post(`/api/v1/cycles/${id}/transitions`, { to });
        agreement.record('cycle.move', actor, seen.state, seen.can.move, moved);
      }
    }
  });

  it('offers exactly what the server accepts on members and invitations', async () => {
    const { owner } = people;
    const managers = ['owner', 'admin', 'member', 'viewer'] as const;
    const personAs = async (who: SignedIn, id: string) =>
      (await who.client.get<Person>(`/api/v1/people/${id}`)).body;
    const targets = new Map<Role, SignedIn>();
    for (const role of roles) targets.set(role, await addMember(t.app, owner, role, `op-target-${role}`));
    for (const actor of managers) {
      for (const [current, target] of targets) {
        for (const to of roles.filter((role) => role !== current)) {
          const seen = await personAs(people[actor], target.personId);
          const response = await people[actor].client.patch(`/api/v1/members/${target.personId}`, {
            role: to,
          });
          agreement.record(
            'member.changeRole',
            actor,
            `${current} to ${to}`,
            seen.can.changeRoleTo.includes(to),
            response,
          );
          if (response.status === 200)
            await owner.client.patch(`/api/v1/members/${target.personId}`, { role: current });
        }
      }
      for (const role of roles) {
        const target = await addMember(t.app, owner, role, `op-leaving-${role}`);
        const seen = await personAs(people[actor], target.personId);
        agreement.record(
          'member.remove',
          actor,
          role,
          seen.can.remove,
          await people[actor].client.delete(`/api/v1/members/${target.personId}`),
        );
      }
      const invited = await owner.client.post<{ invitation: Invitation }>('/api/v1/invitations', {
        email: `${unique('r')}@example.com`,
      });
      const listed = await people[actor].client.get<{ invitations: Invitation[] }>('/api/v1/invitations');
      const seen =
        listed.status === 200
          ? listed.body.invitations.find((i) => i.id === invited.body.invitation.id)
          : undefined;
      const revoked = await people[actor].client.delete(`/api/v1/invitations/${invited.body.invitation.id}`);
      agreement.record('invitation.revoke', actor, 'pending', seen?.can.revoke ?? false, revoked);
      if (revoked.status === 204) {
        const again = (await owner.client.get<{ invitations: Invitation[] }>('/api/v1/invitations')).body
          .invitations;
        const gone = again.find((i) => i.id === invited.body.invitation.id)!;
        agreement.record(
          'invitation.revoke',
          'owner',
          'revoked',
          gone.can.revoke,
          await owner.client.delete(`/api/v1/invitations/${gone.id}`),
        );
      }
    }
    // The one owner of an organization may neither step down nor leave.
    const alone = await signUpOwner(t.app, 'op-alone');
    const self = await personAs(alone, alone.personId);
    for (const to of roles.filter((role) => role !== 'owner')) {
      const response = await alone.client.patch(`/api/v1/members/${alone.personId}`, { role: to });
      agreement.record(
        'member.changeRole',
        'sole owner',
        `owner to ${to}`,
        self.can.changeRoleTo.includes(to),
        response,
      );
    }
    agreement.record(
      'member.remove',
      'sole owner',
      'self',
      self.can.remove,
      await alone.client.delete(`/api/v1/members/${alone.personId}`),
    );
  });

  it('never offers what the server refuses, nor refuses what it offers', () => {
    agreement.expectAgreement([
      ...[
        'createPromise',
        'createTeam',
        'createHorizon',
        'createCycle',
        'editPlanningSettings',
        'editSettings',
        'invite',
        'seeInvitations',
        'manageIntegrations',
        'exportOrganization',
        'inviteAs',
      ].map((action) => `organization.${action}`),
      'team.edit',
      'team.archive',
      'team.manageMembers',
      'team.setCapacity',
      'direction.edit',
      'direction.publish',
      'direction.comment',
      'cycle.edit',
      'cycle.move',
      'member.changeRole',
      'member.remove',
      'invitation.revoke',
    ]);
  });
});
