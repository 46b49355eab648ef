import type { Db } from './database.js';

/** Names of everyone and every team of an organization, to present parties without a query each. */
export async function partyNames(db: Db, organizationId: string) {
  const [people, teams] = await Promise.all([
    db
      .selectFrom('memberships as m')
      .innerJoin('people as p', 'p.id', 'm.person_id')
      .select(['p.id', 'p.name', 'm.removed_at'])
      .where('m.organization_id', '=', organizationId)
      .execute(),
    db
      .selectFrom('teams')
      .select(['id', 'name', 'archived_at'])
      .where('organization_id', '=', organizationId)
      .execute(),
  ]);
  return { people, teams };
}

/** The teams a person belongs to in an organization, and whether they lead each. */
export async function teamsOfPerson(db: Db, organizationId: string, personId: string) {
  return db
    .selectFrom('team_members')
    .select(['team_id', 'role'])
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .execute();
}

export async function leadsOfTeam(db: Db, organizationId: string, teamId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('team_members')
    .select('person_id')
    .where('organization_id', '=', organizationId)
    .where('team_id', '=', teamId)
    .where('role', '=', 'lead')
    .execute();
  return rows.map((r) => r.person_id);
}
