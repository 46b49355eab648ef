import type { Db } from './database.js';
import { isAnyOf } from './dialect.js';

/**
 * The names of the given people and teams of an organization (members who left and archived teams
 * too, with whether they did), to present the parties a response names without a query each.
 */
export async function partyNames(
  db: Db,
  organizationId: string,
  ids: { personIds: readonly string[]; teamIds: readonly string[] },
) {
  const [people, teams] = await Promise.all([
    ids.personIds.length === 0
      ? []
      : db
          .selectFrom('memberships as m')
          .innerJoin('people as p', 'p.id', 'm.person_id')
          .select(['p.id', 'p.name', 'p.deleted_at', 'm.removed_at'])
          .where('m.organization_id', '=', organizationId)
          .where(isAnyOf(db, 'm.person_id', ids.personIds))
          .execute(),
    ids.teamIds.length === 0
      ? []
      : db
          .selectFrom('teams')
          .select(['id', 'name', 'archived_at'])
          .where('organization_id', '=', organizationId)
          .where(isAnyOf(db, 'id', ids.teamIds))
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
