import type { Db } from './database.js';
import { isAnyOf } from './dialect.js';
import type { PartyType } from './schema.js';

/**
 * The reads of the CSV files and the cycle report: each file a keyset page of rows at a time, each
 * page with the names and values its rows show, so no read loads a whole organization.
 */

export async function pagePromisesForCsv(
  db: Db,
  organizationId: string,
  after: string | undefined,
  limit: number,
) {
  let query = db
    .selectFrom('promises as p')
    .innerJoin('cycles as c', (join) =>
      join.onRef('c.organization_id', '=', 'p.organization_id').onRef('c.id', '=', 'p.cycle_id'),
    )
    .leftJoin('promise_standings as s', (join) =>
      join.onRef('s.organization_id', '=', 'p.organization_id').onRef('s.promise_id', '=', 'p.id'),
    )
    .select([
      'p.id',
      'p.title',
      'p.status',
      'p.due_date',
      'p.customer_type',
      'p.customer_id',
      'p.state',
      'c.name as cycle_name',
      's.score',
      's.is_satisfied',
    ])
    .where('p.organization_id', '=', organizationId);
  if (after !== undefined) query = query.where('p.id', '>', after);
  return query.orderBy('p.id').limit(limit).execute();
}

export async function listPerformersOf(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('promise_performers')
    .select(['promise_id', 'party_type', 'party_id'])
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'promise_id', promiseIds))
    .orderBy('promise_id')
    .orderBy('position')
    .execute();
}

export async function listLatestValuesOf(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('key_result_latest')
    .select(['promise_id', 'condition_id', 'value', 'done'])
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'promise_id', promiseIds))
    .execute();
}

/** The names of the parties of one page, people and teams, by `type:id`. */
export async function namesOfParties(
  db: Db,
  organizationId: string,
  parties: readonly { type: PartyType; id: string }[],
): Promise<Map<string, string>> {
  const personIds = [...new Set(parties.filter((p) => p.type === 'person').map((p) => p.id))];
  const teamIds = [...new Set(parties.filter((p) => p.type === 'team').map((p) => p.id))];
  const names = new Map<string, string>();
  if (personIds.length > 0) {
    const people = await db
      .selectFrom('memberships as m')
      .innerJoin('people as p', 'p.id', 'm.person_id')
      .select(['p.id', 'p.name'])
      .where('m.organization_id', '=', organizationId)
      .where(isAnyOf(db, 'm.person_id', personIds))
      .execute();
    for (const person of people) names.set(`person:${person.id}`, person.name);
  }
  if (teamIds.length > 0) {
    const teams = await db
      .selectFrom('teams')
      .select(['id', 'name'])
      .where('organization_id', '=', organizationId)
      .where(isAnyOf(db, 'id', teamIds))
      .execute();
    for (const team of teams) names.set(`team:${team.id}`, team.name);
  }
  return names;
}

export async function pageCheckInsForCsv(
  db: Db,
  organizationId: string,
  after: string | undefined,
  limit: number,
) {
  let query = db
    .selectFrom('check_ins as ci')
    .innerJoin('promises as p', (join) =>
      join.onRef('p.organization_id', '=', 'ci.organization_id').onRef('p.id', '=', 'ci.promise_id'),
    )
    .innerJoin('people as person', 'person.id', 'ci.person_id')
    .select([
      'ci.id',
      'ci.promise_id',
      'p.title as promise_title',
      'person.name as person_name',
      'ci.at',
      'ci.confidence',
      'ci.status',
      'ci.note',
      'ci.blockers',
    ])
    .where('ci.organization_id', '=', organizationId);
  if (after !== undefined) query = query.where('ci.id', '>', after);
  return query.orderBy('ci.id').limit(limit).execute();
}

export async function listCheckInValuesOf(db: Db, organizationId: string, checkInIds: readonly string[]) {
  if (checkInIds.length === 0) return [];
  return db
    .selectFrom('check_in_values')
    .select(['check_in_id', 'condition_id', 'value', 'done'])
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'check_in_id', checkInIds))
    .execute();
}

export async function pagePeopleForCsv(
  db: Db,
  organizationId: string,
  after: string | undefined,
  limit: number,
) {
  let query = db
    .selectFrom('memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['p.id', 'p.name', 'p.email', 'm.role', 'm.title', 'm.joined_at', 'm.removed_at'])
    .where('m.organization_id', '=', organizationId);
  if (after !== undefined) query = query.where('m.person_id', '>', after);
  return query.orderBy('m.person_id').limit(limit).execute();
}

export async function pageTeamsForCsv(
  db: Db,
  organizationId: string,
  after: string | undefined,
  limit: number,
) {
  let query = db
    .selectFrom('teams')
    .select(['id', 'name', 'description', 'is_leadership', 'created_at', 'archived_at'])
    .where('organization_id', '=', organizationId);
  if (after !== undefined) query = query.where('id', '>', after);
  return query.orderBy('id').limit(limit).execute();
}

export async function listTeamMembersOf(db: Db, organizationId: string, teamIds: readonly string[]) {
  if (teamIds.length === 0) return [];
  return db
    .selectFrom('team_members as tm')
    .innerJoin('people as p', 'p.id', 'tm.person_id')
    .select(['tm.team_id', 'tm.role', 'p.name'])
    .where('tm.organization_id', '=', organizationId)
    .where(isAnyOf(db, 'tm.team_id', teamIds))
    .orderBy('tm.team_id')
    .orderBy('p.name')
    .execute();
}

/** The cycle a report is about and the cycles nested in it, with their horizons (a cycle nests two deep at most). */
export async function listCycleWithNested(db: Db, organizationId: string, cycleId: string) {
  return db
    .selectFrom('cycles as c')
    .innerJoin('horizons as h', (join) =>
      join.onRef('h.organization_id', '=', 'c.organization_id').onRef('h.id', '=', 'c.horizon_id'),
    )
    .select([
      'c.id',
      'c.name',
      'c.parent_id',
      'c.start_date',
      'c.end_date',
      'h.name as horizon_name',
      'h.months',
      'h.days',
    ])
    .where('c.organization_id', '=', organizationId)
    .where((eb) =>
      eb.or([
        eb('c.id', '=', cycleId),
        eb('c.parent_id', '=', cycleId),
        eb(
          'c.parent_id',
          'in',
          eb
            .selectFrom('cycles as child')
            .select('child.id')
            .where('child.organization_id', '=', organizationId)
            .where('child.parent_id', '=', cycleId),
        ),
      ]),
    )
    .orderBy('c.start_date')
    .orderBy('c.id')
    .execute();
}

export async function findLatestDirectionVersion(db: Db, organizationId: string, cycleId: string) {
  return db
    .selectFrom('direction_versions')
    .select(['version', 'markdown', 'published_at'])
    .where('organization_id', '=', organizationId)
    .where('cycle_id', '=', cycleId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The promises of the report's cycles with their standing: the scope of one report. */
export async function listPromisesForReport(db: Db, organizationId: string, cycleIds: readonly string[]) {
  if (cycleIds.length === 0) return [];
  return db
    .selectFrom('promises as p')
    .leftJoin('promise_standings as s', (join) =>
      join.onRef('s.organization_id', '=', 'p.organization_id').onRef('s.promise_id', '=', 'p.id'),
    )
    .select([
      'p.id',
      'p.cycle_id',
      'p.title',
      'p.status',
      'p.customer_type',
      'p.customer_id',
      's.score',
      's.is_satisfied',
    ])
    .where('p.organization_id', '=', organizationId)
    .where(isAnyOf(db, 'p.cycle_id', cycleIds))
    .where('p.status', '<>', 'draft')
    .orderBy('p.due_date')
    .orderBy('p.id')
    .execute();
}

/** The live contributions from one of `promiseIds` (to any promise). */
export async function listContributionsFrom(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('contributions')
    .select(['from_promise_id', 'to_promise_id'])
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'from_promise_id', promiseIds))
    .where('removed_at', 'is', null)
    .execute();
}
