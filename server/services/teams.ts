import type { Team, TeamSummary } from '../../contract/teams.js';
import { can, type TeamFacts } from '../../core/policies/index.js';
import { notFound } from '../errors.js';
import type { Page } from '../store/pages.js';
import * as people from '../store/people.js';
import type { TeamsTable } from '../store/schema.js';
import * as teams from '../store/teams.js';
import type { MemberActor } from './authorization.js';
import { inTransaction, iso, type ServiceContext } from './context.js';
import { groupBy } from './group-by.js';
import { loadViewer, type Viewer } from './parties.js';
import { enforce } from './policies.js';

/** What a policy needs to know of a team and the viewer. */
export function teamFacts(viewer: Viewer, team: TeamsTable): TeamFacts {
  return {
    role: viewer.actor.role,
    name: team.name,
    isArchived: team.archived_at !== null,
    isLead: viewer.leads.has(team.id),
  };
}

/** What every view of a team shows, whatever it shows of the members. */
function presentFields(viewer: Viewer, row: TeamsTable) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    archivedAt: row.archived_at,
    isLeadership: row.is_leadership === 1,
    createdAt: row.created_at,
    can: can('team', teamFacts(viewer, row)),
  };
}

/** One team with every member: its own page. */
async function present(ctx: ServiceContext, actor: MemberActor, row: TeamsTable): Promise<Team> {
  const [members, viewer] = await Promise.all([
    teams.listTeamMembers(ctx.db, actor.organizationId, [row.id]),
    loadViewer(ctx, actor),
  ]);
  return {
    ...presentFields(viewer, row),
    members: members.map((m) => ({
      personId: m.person_id,
      name: m.name,
      email: m.email,
      isLead: m.role === 'lead',
    })),
  };
}

/** A page of teams with their leads and member counts: two grouped queries, whatever the team sizes. */
async function presentSummaries(
  ctx: ServiceContext,
  actor: MemberActor,
  rows: TeamsTable[],
): Promise<TeamSummary[]> {
  const [{ counts, leads }, viewer] = await Promise.all([
    teams.summarizeTeamMembers(
      ctx.db,
      actor.organizationId,
      rows.map((r) => r.id),
    ),
    loadViewer(ctx, actor),
  ]);
  const countOf = new Map(counts.map((c) => [c.team_id, Number(c.n)]));
  const leadsOf = groupBy(leads, (lead) => lead.team_id);
  return rows.map((row) => ({
    ...presentFields(viewer, row),
    memberCount: countOf.get(row.id) ?? 0,
    leads: (leadsOf.get(row.id) ?? []).map((lead) => ({ personId: lead.person_id, name: lead.name })),
  }));
}

/** A team of the organization, archived or not; another organization's team does not exist. */
export async function requireTeam(
  ctx: ServiceContext,
  organizationId: string,
  id: string,
): Promise<TeamsTable> {
  const row = await teams.findTeam(ctx.db, organizationId, id);
  if (!row) throw notFound('Team');
  return row;
}

/** A page of the teams, by name, active or archived or both, matching `q` on the name. */
export async function listTeams(
  ctx: ServiceContext,
  actor: MemberActor,
  query: { archived: 'true' | 'false' | 'all'; q?: string | undefined } & Page,
): Promise<{ teams: TeamSummary[]; total: number } & Page> {
  const { archived, q, limit, offset } = query;
  const { rows, total } = await teams.pageTeams(
    ctx.db,
    ctx.dialect,
    actor.organizationId,
    { archived, q },
    { limit, offset },
  );
  return { teams: await presentSummaries(ctx, actor, rows), total, limit, offset };
}

export async function getTeam(ctx: ServiceContext, actor: MemberActor, id: string): Promise<Team> {
  return present(ctx, actor, await requireTeam(ctx, actor.organizationId, id));
}

export async function createTeam(
  ctx: ServiceContext,
  actor: MemberActor,
  input: { name: string; description: string },
): Promise<Team> {
  enforce('organization', 'createTeam', { role: actor.role });
  const row: TeamsTable = {
    organization_id: actor.organizationId,
    id: ctx.newId(),
    name: input.name,
    description: input.description,
    created_at: iso(ctx.now()),
    archived_at: null,
    is_leadership: 0,
  };
  await teams.insertTeam(ctx.db, row);
  return { ...(await getTeam(ctx, actor, row.id)) };
}

export async function updateTeam(
  ctx: ServiceContext,
  actor: MemberActor,
  id: string,
  input: {
    name?: string | undefined;
    description?: string | undefined;
    archived?: boolean | undefined;
    isLeadership?: boolean | undefined;
  },
): Promise<Team> {
  return inTransaction(ctx, async (tx) => {
    const team = await requireTeam(tx, actor.organizationId, id);
    const isRestoring = input.archived === false && team.archived_at !== null;
    // Archiving or restoring may come with other changes; anything else changes an active team only.
    const action = isRestoring || input.archived === true ? 'archive' : 'edit';
    enforce('team', action, teamFacts(await loadViewer(tx, actor), team));
    const changes: Parameters<typeof teams.updateTeam>[3] = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.description !== undefined) changes.description = input.description;
    if (input.archived === true && !team.archived_at) changes.archived_at = iso(tx.now());
    if (input.archived === false) changes.archived_at = null;
    if (input.isLeadership !== undefined) changes.is_leadership = input.isLeadership ? 1 : 0;
    if (Object.keys(changes).length > 0) {
      await teams.updateTeam(tx.db, actor.organizationId, id, changes);
      tx.changes.publish({ kind: 'plan-changed', organizationId: actor.organizationId });
    }
    return getTeam(tx, actor, id);
  });
}

/** Archiving keeps everything the team had; restoring brings it back as it was. */
export async function archiveTeam(ctx: ServiceContext, actor: MemberActor, id: string): Promise<Team> {
  return updateTeam(ctx, actor, id, { archived: true });
}

export async function putTeamMember(
  ctx: ServiceContext,
  actor: MemberActor,
  teamId: string,
  personId: string,
  isLead: boolean,
): Promise<Team> {
  return inTransaction(ctx, async (tx) => {
    const team = await requireTeam(tx, actor.organizationId, teamId);
    enforce('team', 'manageMembers', teamFacts(await loadViewer(tx, actor), team));
    if (!(await people.findActiveMembership(tx.db, actor.organizationId, personId))) throw notFound('Person');
    await teams.upsertTeamMember(tx.db, {
      organization_id: actor.organizationId,
      team_id: teamId,
      person_id: personId,
      role: isLead ? 'lead' : 'member',
      added_at: iso(tx.now()),
    });
    tx.changes.publish({ kind: 'plan-changed', organizationId: actor.organizationId });
    return getTeam(tx, actor, teamId);
  });
}

export async function removeTeamMember(
  ctx: ServiceContext,
  actor: MemberActor,
  teamId: string,
  personId: string,
): Promise<Team> {
  return inTransaction(ctx, async (tx) => {
    const team = await requireTeam(tx, actor.organizationId, teamId);
    enforce('team', 'manageMembers', teamFacts(await loadViewer(tx, actor), team));
    const removed = await teams.deleteTeamMember(tx.db, actor.organizationId, teamId, personId);
    if (removed === 0) throw notFound('Team member');
    tx.changes.publish({ kind: 'plan-changed', organizationId: actor.organizationId });
    return getTeam(tx, actor, teamId);
  });
}
