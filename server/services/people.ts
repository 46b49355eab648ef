import type { Role } from '../../contract/common.js';
import type { Person } from '../../contract/people.js';
import { leavesNoOwner, refuseRoleChange } from '../../core/organization/roles.js';
import { conflict, forbidden, notFound } from '../errors.js';
import * as people from '../store/people.js';
import * as teams from '../store/teams.js';
import type { MemberActor } from './authorization.js';
import { inTransaction, iso, type ServiceContext } from './context.js';

async function present(
  ctx: ServiceContext,
  organizationId: string,
  rows: people.MemberRow[],
): Promise<Person[]> {
  const memberships = await teams.listTeamsOfPeople(
    ctx.db,
    organizationId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    joinedAt: row.joined_at,
    teams: memberships
      .filter((m) => m.person_id === row.id)
      .map((m) => ({ id: m.id, name: m.name, isLead: m.role === 'lead' })),
  }));
}

export async function listPeople(ctx: ServiceContext, actor: MemberActor, q?: string): Promise<Person[]> {
  const rows = await people.listMembers(ctx.db, ctx.dialect, actor.organizationId, { q });
  return present(ctx, actor.organizationId, rows);
}

export async function getPerson(ctx: ServiceContext, actor: MemberActor, personId: string): Promise<Person> {
  const rows = await people.listMembers(ctx.db, ctx.dialect, actor.organizationId, { personId });
  const [person] = await present(ctx, actor.organizationId, rows);
  if (!person) throw notFound('Person');
  return person;
}

const refusalMessages = {
  'not-a-manager': 'Only owners and admins manage members',
  'only-owners-grant-ownership': 'Only an owner can make someone an owner',
  'only-owners-change-owners': 'Only an owner can change or remove another owner',
} as const;

async function checkRoleChange(ctx: ServiceContext, actor: MemberActor, personId: string, next: Role | null) {
  const membership = await people.findActiveMembership(ctx.db, actor.organizationId, personId);
  if (!membership) throw notFound('Person');
  const refusal = refuseRoleChange(actor.role, membership.role, next);
  if (refusal) throw forbidden(refusalMessages[refusal]);
  const owners = await people.countOwners(ctx.db, actor.organizationId);
  if (leavesNoOwner(owners, membership.role, next)) {
    throw conflict('An organization needs at least one owner; make someone else an owner first');
  }
}

export async function changeRole(ctx: ServiceContext, actor: MemberActor, personId: string, role: Role) {
  return inTransaction(ctx, async (tx) => {
    await checkRoleChange(tx, actor, personId, role);
    await people.updateMembershipRole(tx.db, actor.organizationId, personId, role);
    return getPerson(tx, actor, personId);
  });
}

export async function removeMember(ctx: ServiceContext, actor: MemberActor, personId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await checkRoleChange(tx, actor, personId, null);
    await people.markMembershipRemoved(tx.db, actor.organizationId, personId, iso(tx.now()));
  });
}
