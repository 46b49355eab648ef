import { describe, expect, it } from 'vitest';
import { canManageOrganization, canWrite, leavesNoOwner, refuseRoleChange } from './roles.js';

describe('roles', () => {
  it('lets viewers read but not write', () => {
    expect(canWrite('viewer')).toBe(false);
    expect(canWrite('member')).toBe(true);
  });

  it('lets only owners and admins manage the organization', () => {
    expect(canManageOrganization('member')).toBe(false);
    expect(canManageOrganization('admin')).toBe(true);
    expect(canManageOrganization('owner')).toBe(true);
  });

  it('keeps ownership in the hands of owners', () => {
    expect(refuseRoleChange('admin', 'member', 'owner')).toBe('only-owners-grant-ownership');
    expect(refuseRoleChange('admin', 'owner', 'member')).toBe('only-owners-change-owners');
    expect(refuseRoleChange('admin', 'owner', null)).toBe('only-owners-change-owners');
    expect(refuseRoleChange('owner', 'member', 'owner')).toBeNull();
    expect(refuseRoleChange('admin', 'viewer', 'admin')).toBeNull();
    expect(refuseRoleChange('member', 'viewer', 'member')).toBe('not-a-manager');
  });

  it('never leaves an organization without an owner', () => {
    expect(leavesNoOwner(1, 'owner', 'admin')).toBe(true);
    expect(leavesNoOwner(1, 'owner', null)).toBe(true);
    expect(leavesNoOwner(2, 'owner', null)).toBe(false);
    expect(leavesNoOwner(1, 'admin', null)).toBe(false);
  });
});
