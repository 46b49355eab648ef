import type { Db } from './database.js';
import { type Dialect, isAnyOf } from './dialect.js';
import { type Page, type PageOf, pageOf } from './pages.js';
import type { TeamMembersTable, TeamsTable } from './schema.js';

export async function insertTeam(db: Db, row: TeamsTable): Promise<void> {
  await db.insertInto('teams').values(row).execute();
}

export async function findTeam(db: Db, organizationId: string, id: string): Promise<TeamsTable | undefined> {
  return db
    .selectFrom('teams')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The teams with these ids, archived ones too (a link to a team outlives the team). */
export async function findTeams(
  db: Db,
  organizationId: string,
  ids: readonly string[],
): Promise<TeamsTable[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('teams')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'id', [...new Set(ids)]))
    .execute();
}

function teamsOf(
  db: Db,
  dialect: Dialect,
  organizationId: string,
  filter: { archived: 'true' | 'false' | 'all'; q?: string | undefined },
) {
  let query = db.selectFrom('teams').where('organization_id', '=', organizationId);
  if (filter.archived === 'true') query = query.where('archived_at', 'is not', null);
  if (filter.archived === 'false') query = query.where('archived_at', 'is', null);
  const q = filter.q;
  if (q) query = query.where((eb) => dialect.containsInsensitive(eb.ref('name'), q));
  return query;
}

export async function listTeams(
  db: Db,
  organizationId: string,
  archived: 'true' | 'false' | 'all',
): Promise<TeamsTable[]> {
  let query = db.selectFrom('teams').selectAll().where('organization_id', '=', organizationId);
  if (archived === 'true') query = query.where('archived_at', 'is not', null);
  if (archived === 'false') query = query.where('archived_at', 'is', null);
  return query.orderBy('name').orderBy('id').execute();
}

/** A page of the teams, by name then id, and how many match. */
export async function pageTeams(
  db: Db,
  dialect: Dialect,
  organizationId: string,
  filter: { archived: 'true' | 'false' | 'all'; q?: string | undefined },
  page: Page,
): Promise<PageOf<TeamsTable>> {
  const query = teamsOf(db, dialect, organizationId, filter);
  return pageOf(query, (q) => q.selectAll().orderBy('name').orderBy('id'), page);
}

export async function updateTeam(
  db: Db,
  organizationId: string,
  id: string,
  changes: Partial<Pick<TeamsTable, 'name' | 'description' | 'archived_at' | 'is_leadership'>>,
): Promise<void> {
  await db
    .updateTable('teams')
    .set(changes)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export interface TeamMemberRow {
  team_id: string;
  person_id: string;
  name: string;
  email: string;
  role: 'lead' | 'member';
}

/** Members of the given teams who are still members of the organization. */
export async function listTeamMembers(
  db: Db,
  organizationId: string,
  teamIds: readonly string[],
): Promise<TeamMemberRow[]> {
  if (teamIds.length === 0) return [];
  return db
    .selectFrom('team_members as tm')
    .innerJoin('people as p', 'p.id', 'tm.person_id')
    .innerJoin('memberships as m', (join) =>
      join.onRef('m.organization_id', '=', 'tm.organization_id').onRef('m.person_id', '=', 'tm.person_id'),
    )
    .select(['tm.team_id', 'tm.person_id', 'p.name', 'p.email', 'tm.role'])
    .where('tm.organization_id', '=', organizationId)
    .where(isAnyOf(db, 'tm.team_id', teamIds))
    .where('m.removed_at', 'is', null)
    .orderBy('p.name')
    .execute();
}

/** How many current members each of the given teams has, and who leads it (by name). */
export async function summarizeTeamMembers(
  db: Db,
  organizationId: string,
  teamIds: readonly string[],
): Promise<{ counts: Array<{ team_id: string; n: number | string | bigint }>; leads: TeamMemberRow[] }> {
  if (teamIds.length === 0) return { counts: [], leads: [] };
  const current = db
    .selectFrom('team_members as tm')
    .innerJoin('memberships as m', (join) =>
      join.onRef('m.organization_id', '=', 'tm.organization_id').onRef('m.person_id', '=', 'tm.person_id'),
    )
    .where('tm.organization_id', '=', organizationId)
    .where(isAnyOf(db, 'tm.team_id', teamIds))
    .where('m.removed_at', 'is', null);
  const [counts, leads] = await Promise.all([
    current
      .select(['tm.team_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('tm.team_id')
      .execute(),
    current
      .innerJoin('people as p', 'p.id', 'tm.person_id')
      .select(['tm.team_id', 'tm.person_id', 'p.name', 'p.email', 'tm.role'])
      .where('tm.role', '=', 'lead')
      .orderBy('p.name')
      .execute(),
  ]);
  return { counts, leads };
}

export async function listTeamsOfPeople(db: Db, organizationId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('team_members as tm')
    .innerJoin('teams as t', (join) =>
      join.onRef('t.organization_id', '=', 'tm.organization_id').onRef('t.id', '=', 'tm.team_id'),
    )
    .select(['tm.person_id', 't.id', 't.name', 'tm.role'])
    .where('tm.organization_id', '=', organizationId)
    .where(isAnyOf(db, 'tm.person_id', personIds))
    .where('t.archived_at', 'is', null)
    .orderBy('t.name')
    .execute();
}

export async function upsertTeamMember(db: Db, row: TeamMembersTable): Promise<void> {
  await db
    .insertInto('team_members')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['organization_id', 'team_id', 'person_id']).doUpdateSet({ role: row.role }),
    )
    .execute();
}

export async function deleteTeamMember(
  db: Db,
  organizationId: string,
  teamId: string,
  personId: string,
): Promise<number> {
  const result = await db
    .deleteFrom('team_members')
    .where('organization_id', '=', organizationId)
    .where('team_id', '=', teamId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A person's place in a team that is not archived. */
export interface TeamOfPerson {
  personId: string;
  teamId: string;
  teamName: string;
  isLeadership: boolean;
  role: 'lead' | 'member';
}

/** The teams (not archived) each of the people belongs to, by team name. */
export async function listTeamPlaces(
  db: Db,
  organizationId: string,
  personIds: readonly string[],
): Promise<TeamOfPerson[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('team_members as tm')
    .innerJoin('teams as t', (join) =>
      join.onRef('t.organization_id', '=', 'tm.organization_id').onRef('t.id', '=', 'tm.team_id'),
    )
    .select(['tm.person_id', 't.id', 't.name', 't.is_leadership', 'tm.role'])
    .where('tm.organization_id', '=', organizationId)
    .where(isAnyOf(db, 'tm.person_id', personIds))
    .where('t.archived_at', 'is', null)
    .orderBy('t.name')
    .orderBy('t.id')
    .execute();
  return rows.map((r) => ({
    personId: r.person_id,
    teamId: r.id,
    teamName: r.name,
    isLeadership: r.is_leadership === 1,
    role: r.role,
  }));
}

/** The people a team speaks through: its leads, or all its members. */
export async function listTeamPeople(
  db: Db,
  organizationId: string,
  teamId: string,
  who: 'leads' | 'members',
): Promise<string[]> {
  let query = db
    .selectFrom('team_members')
    .select('person_id')
    .where('organization_id', '=', organizationId)
    .where('team_id', '=', teamId);
  if (who === 'leads') query = query.where('role', '=', 'lead');
  return (await query.execute()).map((r) => r.person_id);
}
