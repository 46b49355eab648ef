import { describe, expect, it } from 'vitest';
import type { Role } from '../organization/roles.js';
import { CYCLE_STATES } from '../planning/cycle-state.js';
import { can, decide } from './decide.js';
import type { Decision } from './refusal.js';
import { rolesToGive, rolesToInvite } from './role-choices.js';

const roles: readonly Role[] = ['owner', 'admin', 'member', 'viewer'];
const managers: readonly Role[] = ['owner', 'admin'];

const outcome = (decision: Decision) => (decision.ok ? 'ok' : decision.refusal.code);
const message = (decision: Decision) => (decision.ok ? null : decision.refusal.message);

describe('the organization', () => {
  it('lets owners and admins manage it, and everyone but viewers make promises', () => {
    for (const role of roles) {
      const answers = can('organization', { role });
      const isManager = managers.includes(role);
      expect(answers, role).toEqual({
        createPromise: role !== 'viewer',
        createTeam: isManager,
        createHorizon: isManager,
        createCycle: isManager,
        editPlanningSettings: isManager,
        editSettings: isManager,
        invite: isManager,
        seeInvitations: isManager,
        manageIntegrations: isManager,
        exportOrganization: isManager,
      });
    }
    expect(message(decide('organization', 'createTeam', { role: 'member' }))).toBe(
      'Only owners and admins can do this',
    );
    expect(outcome(decide('organization', 'createPromise', { role: 'viewer' }))).toBe('read-only');
  });

  it('lets only who speaks for the drafting side draft a new promise', () => {
    for (const role of roles) {
      for (const draftedBy of ['customer', 'performer'] as const) {
        for (const actsForDraftingSide of [true, false]) {
          const decision = decide('newPromise', 'create', { role, draftedBy, actsForDraftingSide });
          const expected = role === 'viewer' ? 'read-only' : actsForDraftingSide ? 'ok' : 'not-permitted';
          expect(outcome(decision), `${role} ${draftedBy} ${actsForDraftingSide}`).toBe(expected);
        }
      }
    }
    expect(
      message(
        decide('newPromise', 'create', {
          role: 'member',
          draftedBy: 'performer',
          actsForDraftingSide: false,
        }),
      ),
    ).toBe(
      'Only a performer (the person, or a lead of a performing team) can offer or draft for the performer',
    );
  });
});

describe('teams', () => {
  const team = (role: Role, isLead: boolean, isArchived: boolean) => ({
    role,
    name: 'Platform',
    isLead,
    isArchived,
  });

  it('lets owners and admins edit and staff an active team, and archive or restore any', () => {
    for (const role of roles) {
      for (const isLead of [true, false]) {
        for (const isArchived of [true, false]) {
          const answers = can('team', team(role, isLead, isArchived));
          const isManager = managers.includes(role);
          expect(answers, `${role} lead:${isLead} archived:${isArchived}`).toEqual({
            edit: isManager && !isArchived,
            archive: isManager,
            manageMembers: isManager && !isArchived,
            // A lead declares the team's capacity, as do the organization's managers; viewers never.
            setCapacity: role !== 'viewer' && (isLead || isManager),
          });
        }
      }
    }
  });

  it('says why an archived team does not change, and who declares capacity', () => {
    expect(message(decide('team', 'edit', team('owner', false, true)))).toBe(
      'Platform is archived; restore it before changing it',
    );
    expect(message(decide('team', 'setCapacity', team('member', false, false)))).toBe(
      'Only a lead of Platform (or an owner or admin) declares its capacity',
    );
    expect(outcome(decide('team', 'setCapacity', team('viewer', true, false)))).toBe('read-only');
  });
});

describe('the direction document', () => {
  it('is written and published by leadership, and commented on by anyone once published', () => {
    for (const role of roles) {
      for (const isLeadershipMember of [true, false]) {
        for (const hasPublishedVersion of [true, false]) {
          const answers = can('direction', { role, isLeadershipMember, hasPublishedVersion });
          const writes = role !== 'viewer';
          expect(
            answers,
            `${role} leadership:${isLeadershipMember} published:${hasPublishedVersion}`,
          ).toEqual({
            edit: writes && isLeadershipMember,
            publish: writes && isLeadershipMember,
            comment: writes && hasPublishedVersion,
          });
        }
      }
    }
    const outsider = { role: 'member', isLeadershipMember: false, hasPublishedVersion: false } as const;
    expect(message(decide('direction', 'publish', outsider))).toBe(
      'Only members of a leadership team write the direction document',
    );
    expect(message(decide('direction', 'comment', outsider))).toBe('Nothing is published yet to comment on');
  });
});

describe('cycles', () => {
  it('are edited and moved by owners and admins, renamed and redated while planning, archived once closed', () => {
    for (const role of roles) {
      for (const state of CYCLE_STATES) {
        const isManager = managers.includes(role);
        expect(can('cycle', { role, state }), `${role} ${state}`).toEqual({
          edit: isManager && state !== 'closed',
          rename: isManager && state === 'planning',
          redate: isManager && state === 'planning',
          move: isManager && state !== 'closed',
          archive: isManager && state === 'closed',
          delete: isManager,
        });
      }
    }
    expect(message(decide('cycle', 'redate', { role: 'owner', state: 'active' }))).toMatch(
      /only while it is in planning/,
    );
    expect(message(decide('cycle', 'archive', { role: 'admin', state: 'reviewing' }))).toBe(
      'Only a closed cycle is archived; this one is reviewing',
    );
    expect(message(decide('cycle', 'delete', { role: 'member', state: 'planning' }))).toBe(
      'Only owners and admins can do this',
    );
    expect(message(decide('cycle', 'move', { role: 'owner', state: 'closed' }))).toBe(
      'The cycle is closed and cannot be reopened; its assessments are final. Plan the next cycle instead.',
    );
  });
});

describe('members and invitations', () => {
  it('lets admins manage everyone below owner, and only owners make or unmake owners', () => {
    for (const role of roles) {
      for (const memberRole of roles) {
        for (const to of roles) {
          const decision = decide('roleChange', 'change', { role, memberRole, ownerCount: 2, to });
          const touchesOwnership = memberRole === 'owner' || to === 'owner';
          const expected = !managers.includes(role)
            ? 'not-permitted'
            : touchesOwnership && role !== 'owner'
              ? 'not-permitted'
              : 'ok';
          expect(outcome(decision), `${role} gives ${memberRole} ${to}`).toBe(expected);
        }
        const removal = decide('member', 'remove', { role, memberRole, ownerCount: 2 });
        const mayRemove = role === 'owner' || (role === 'admin' && memberRole !== 'owner');
        expect(outcome(removal), `${role} removes ${memberRole}`).toBe(mayRemove ? 'ok' : 'not-permitted');
      }
    }
  });

  it('never leaves the organization without an owner', () => {
    const lastOwner = { role: 'owner', memberRole: 'owner', ownerCount: 1 } as const;
    expect(message(decide('member', 'remove', lastOwner))).toBe(
      'An organization needs at least one owner; make someone else an owner first',
    );
    expect(outcome(decide('roleChange', 'change', { ...lastOwner, to: 'admin' }))).toBe('not-now');
    expect(outcome(decide('roleChange', 'change', { ...lastOwner, to: 'owner' }))).toBe('ok');
  });

  it('tells a plain member that managing members is for owners and admins', () => {
    expect(message(decide('member', 'remove', { role: 'member', memberRole: 'viewer', ownerCount: 1 }))).toBe(
      'Only owners and admins manage members',
    );
  });

  it('lets managers invite and revoke pending invitations, and only owners invite owners', () => {
    for (const role of roles) {
      for (const invitedAs of roles) {
        const expected = !managers.includes(role)
          ? 'not-permitted'
          : invitedAs === 'owner' && role !== 'owner'
            ? 'not-permitted'
            : 'ok';
        expect(outcome(decide('newInvitation', 'create', { role, invitedAs }))).toBe(expected);
      }
      for (const status of ['pending', 'accepted', 'revoked', 'expired'] as const) {
        const decision = decide('invitation', 'revoke', { role, status });
        const expected = !managers.includes(role) ? 'not-permitted' : status === 'pending' ? 'ok' : 'not-now';
        expect(outcome(decision), `${role} revokes ${status}`).toBe(expected);
      }
    }
    expect(message(decide('invitation', 'revoke', { role: 'owner', status: 'expired' }))).toBe(
      'The invitation is expired',
    );
  });

  it('lets managers resend an invitation still pending or expired, never one accepted or revoked', () => {
    for (const role of roles) {
      for (const status of ['pending', 'accepted', 'revoked', 'expired'] as const) {
        const decision = decide('invitation', 'resend', { role, status });
        const expected = !managers.includes(role)
          ? 'not-permitted'
          : status === 'pending' || status === 'expired'
            ? 'ok'
            : 'not-now';
        expect(outcome(decision), `${role} resends ${status}`).toBe(expected);
      }
    }
    expect(message(decide('invitation', 'resend', { role: 'admin', status: 'accepted' }))).toBe(
      'The invitation is accepted; invite the person again instead',
    );
  });

  it('offers exactly the roles the viewer may give or invite with', () => {
    expect(rolesToInvite('owner')).toEqual(['owner', 'admin', 'member', 'viewer']);
    expect(rolesToInvite('admin')).toEqual(['admin', 'member', 'viewer']);
    expect(rolesToInvite('member')).toEqual([]);
    expect(rolesToGive({ role: 'admin', memberRole: 'member', ownerCount: 1 })).toEqual(['admin', 'viewer']);
    expect(rolesToGive({ role: 'admin', memberRole: 'owner', ownerCount: 2 })).toEqual([]);
    expect(rolesToGive({ role: 'owner', memberRole: 'owner', ownerCount: 2 })).toEqual([
      'admin',
      'member',
      'viewer',
    ]);
    // The last owner keeps ownership until someone else has it.
    expect(rolesToGive({ role: 'owner', memberRole: 'owner', ownerCount: 1 })).toEqual([]);
  });
});
