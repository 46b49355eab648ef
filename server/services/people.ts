import type { Role } from '../../contract/common.js';
import type { Person } from '../../contract/people.js';
import { can, type MemberFacts, rolesToGive } from '../../core/policies/index.js';
import { AppError, notFound } from '../errors.js';
import { lockOrganization } from '../store/locks.js';
import type { Page } from '../store/pages.js';
import * as people from '../store/people.js';
import * as teams from '../store/teams.js';
import type { MemberActor } from './authorization.js';
import { inTransaction, iso, type ServiceContext } from './context.js';
import { enforce } from './policies.js';

async function present(ctx: ServiceContext, actor: MemberActor, rows: people.MemberRow[]): Promise<Person[]> {
  const [memberships, ownerCount] = await Promise.all([
    teams.listTeamsOfPeople(
      ctx.db,
      actor.organizationId,
      rows.map((r) => r.id),
    ),
    people.countOwners(ctx.db, actor.organizationId),
  ]);
  return rows.map((row) => {
    const facts: MemberFacts = { role: actor.role, memberRole: row.role, ownerCount };
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      joinedAt: row.joined_at,
      teams: memberships
        .filter((m) => m.person_id === row.id)
        .map((m) => ({ id: m.id, name: m.name, isLead: m.role === 'lead' })),
      can: { ...can('member', facts), changeRoleTo: rolesToGive(facts) },
    };
  });
}

/** A page of the members, by name, matching `q` on name or email. */
export async function listPeople(
  ctx: ServiceContext,
  actor: MemberActor,
  query: { q?: string | undefined } & Page,
): Promise<{ people: Person[]; total: number } & Page> {
  const { q, limit, offset } = query;
  const { rows, total } = await people.pageMembers(
    ctx.db,
    ctx.dialect,
    actor.organizationId,
    { q },
    { limit, offset },
  );
  return { people: await present(ctx, actor, rows), total, limit, offset };
}

export async function getPerson(ctx: ServiceContext, actor: MemberActor, personId: string): Promise<Person> {
  const rows = await people.listMembers(ctx.db, ctx.dialect, actor.organizationId, { personId });
  const [person] = await present(ctx, actor, rows);
  if (!person) throw notFound('Person');
  return person;
}

/**
 * The facts a change to someone's membership is judged on, read under the organization's lock: two
 * owners demoting each other at once are judged one after the other, the second on what the first
 * left (by then perhaps no longer an owner, and never leaving the organization without one).
 */
async function memberFacts(tx: ServiceContext, actor: MemberActor, personId: string): Promise<MemberFacts> {
  await lockOrganization(tx.db, tx.dialect, actor.organizationId);
  const [mine, membership, ownerCount] = await Promise.all([
    people.findActiveMembership(tx.db, actor.organizationId, actor.personId),
    people.findActiveMembership(tx.db, actor.organizationId, personId),
    people.countOwners(tx.db, actor.organizationId),
  ]);
  if (!mine) throw new AppError('forbidden', 'You are no longer a member of this organization');
  if (!membership) throw notFound('Person');
  return { role: mine.role, memberRole: membership.role, ownerCount };
}

export async function changeRole(ctx: ServiceContext, actor: MemberActor, personId: string, role: Role) {
  return inTransaction(ctx, async (tx) => {
    enforce('roleChange', 'change', { ...(await memberFacts(tx, actor, personId)), to: role });
    await people.updateMembershipRole(tx.db, actor.organizationId, personId, role);
    tx.changes.publish({
      kind: 'membership-changed',
      organizationId: actor.organizationId,
      personIds: [personId],
    });
    return getPerson(tx, actor, personId);
  });
}

export async function removeMember(ctx: ServiceContext, actor: MemberActor, personId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    enforce('member', 'remove', await memberFacts(tx, actor, personId));
    await people.markMembershipRemoved(tx.db, actor.organizationId, personId, iso(tx.now()));
    tx.changes.publish({
      kind: 'membership-changed',
      organizationId: actor.organizationId,
      personIds: [personId],
    });
  });
}
