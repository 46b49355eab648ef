import { sql } from 'kysely';
import type { Db } from './database.js';
import { countOf, type Page, type PageOf } from './pages.js';
import type { CycleEventsTable, CyclesTable, HorizonsTable } from './schema.js';

export async function insertHorizon(db: Db, row: HorizonsTable): Promise<void> {
  await db.insertInto('horizons').values(row).execute();
}

export async function listHorizons(db: Db, organizationId: string): Promise<HorizonsTable[]> {
  return db
    .selectFrom('horizons')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('is_default', 'desc')
    .orderBy('created_at')
    .execute();
}

/** A page of the horizons, longest first (the order promises cascade in), then by id. */
export async function pageHorizons(
  db: Db,
  organizationId: string,
  page: Page,
): Promise<PageOf<HorizonsTable>> {
  const query = db.selectFrom('horizons').where('organization_id', '=', organizationId);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      // A month counts as 30.44 days, as everywhere a horizon's length is compared.
      .orderBy(sql`coalesce(months * 30.44, days, 0)`, 'desc')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: countOf(count) };
}

export async function insertCycle(db: Db, row: CyclesTable): Promise<void> {
  await db.insertInto('cycles').values(row).execute();
}

export async function listCycles(db: Db, organizationId: string): Promise<CyclesTable[]> {
  return db
    .selectFrom('cycles')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('start_date')
    .orderBy('end_date', 'desc')
    .execute();
}

/**
 * A page of the cycles (of one horizon, if named; archived ones only if included), by start date,
 * longer first, then by id.
 */
export async function pageCycles(
  db: Db,
  organizationId: string,
  filter: { horizonId?: string | undefined; includeArchived: boolean },
  page: Page,
): Promise<PageOf<CyclesTable>> {
  let query = db.selectFrom('cycles').where('organization_id', '=', organizationId);
  if (filter.horizonId) query = query.where('horizon_id', '=', filter.horizonId);
  if (!filter.includeArchived) query = query.where('archived_at', 'is', null);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('start_date')
      .orderBy('end_date', 'desc')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: countOf(count) };
}

export async function findCycle(
  db: Db,
  organizationId: string,
  id: string,
): Promise<CyclesTable | undefined> {
  return db
    .selectFrom('cycles')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertCycleEvent(db: Db, row: CycleEventsTable) {
  await db.insertInto('cycle_events').values(row).execute();
}

export async function listCycleEvents(db: Db, organizationId: string, cycleId: string) {
  return db
    .selectFrom('cycle_events as e')
    .innerJoin('people as p', 'p.id', 'e.person_id')
    .selectAll('e')
    .select('p.name as person_name')
    .where('e.organization_id', '=', organizationId)
    .where('e.cycle_id', '=', cycleId)
    .orderBy('e.at')
    .execute();
}

/** A page of a cycle's events, newest first, then by id, and how many it has. */
export async function pageCycleEvents(db: Db, organizationId: string, cycleId: string, page: Page) {
  const query = db
    .selectFrom('cycle_events as e')
    .where('e.organization_id', '=', organizationId)
    .where('e.cycle_id', '=', cycleId);
  const [rows, count] = await Promise.all([
    query
      .innerJoin('people as p', 'p.id', 'e.person_id')
      .selectAll('e')
      .select('p.name as person_name')
      .orderBy('e.at', 'desc')
      .orderBy('e.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: countOf(count) };
}

/** Moves a cycle only from the state it was read in, so two owners moving it at once cannot both land. */
export async function setCycleState(
  db: Db,
  organizationId: string,
  cycleId: string,
  from: CyclesTable['state'],
  to: CyclesTable['state'],
) {
  const result = await db
    .updateTable('cycles')
    .set({ state: to })
    .where('organization_id', '=', organizationId)
    .where('id', '=', cycleId)
    .where('state', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setCheckInCadence(
  db: Db,
  organizationId: string,
  cycleId: string,
  cadence: CyclesTable['check_in_cadence'],
): Promise<void> {
  await db
    .updateTable('cycles')
    .set({ check_in_cadence: cadence })
    .where('organization_id', '=', organizationId)
    .where('id', '=', cycleId)
    .execute();
}

/** A cycle's name and dates: its frame, changed only while it is in planning. */
export async function setCycleFrame(
  db: Db,
  organizationId: string,
  cycleId: string,
  frame: Pick<CyclesTable, 'name' | 'start_date' | 'end_date'>,
): Promise<void> {
  await db
    .updateTable('cycles')
    .set(frame)
    .where('organization_id', '=', organizationId)
    .where('id', '=', cycleId)
    .execute();
}

/** Archives a cycle from `at`, or brings it back with null. */
export async function setCycleArchived(
  db: Db,
  organizationId: string,
  cycleId: string,
  at: string | null,
): Promise<void> {
  await db
    .updateTable('cycles')
    .set({ archived_at: at })
    .where('organization_id', '=', organizationId)
    .where('id', '=', cycleId)
    .execute();
}

/** The cycles directly within a cycle: a year's quarters. */
export async function listChildCycles(db: Db, organizationId: string, cycleId: string) {
  return db
    .selectFrom('cycles')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('parent_id', '=', cycleId)
    .orderBy('start_date')
    .execute();
}

/** Whether any promise (a draft included) is made in the cycle. */
export async function hasPromises(db: Db, organizationId: string, cycleId: string): Promise<boolean> {
  const row = await db
    .selectFrom('promises')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('cycle_id', '=', cycleId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** How many of the cycle's promises are due outside `start`..`end`: a redate must keep them in. */
export async function countPromisesDueOutside(
  db: Db,
  organizationId: string,
  cycleId: string,
  frame: { start: string; end: string },
): Promise<number> {
  const row = await db
    .selectFrom('promises')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('cycle_id', '=', cycleId)
    .where((eb) => eb.or([eb('due_date', '<', frame.start), eb('due_date', '>', frame.end)]))
    .executeTakeFirstOrThrow();
  return countOf(row);
}

/**
 * Deletes an empty cycle (no promise, no cycle within) and what hangs off it alone: its moves between
 * states, its direction document and comments, the capacities declared for it, its notifications.
 */
export async function deleteCycle(db: Db, organizationId: string, cycleId: string): Promise<void> {
  for (const table of [
    'cycle_events',
    'direction_comments',
    'direction_versions',
    'direction_drafts',
    'team_capacities',
    'notifications',
  ] as const) {
    await db
      .deleteFrom(table)
      .where('organization_id', '=', organizationId)
      .where('cycle_id', '=', cycleId)
      .execute();
  }
  await db
    .deleteFrom('cycles')
    .where('organization_id', '=', organizationId)
    .where('id', '=', cycleId)
    .execute();
}

/** How many weeks before a cycle starts its direction and its drafts are due, for the organization. */
export interface PlanningSettings {
  directionWeeksBefore: number;
  draftsWeeksBefore: number;
}

export async function findPlanningSettings(db: Db, organizationId: string): Promise<PlanningSettings> {
  const row = await db
    .selectFrom('organizations')
    .select(['direction_weeks_before', 'drafts_weeks_before'])
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return { directionWeeksBefore: row.direction_weeks_before, draftsWeeksBefore: row.drafts_weeks_before };
}

export async function savePlanningSettings(
  db: Db,
  organizationId: string,
  settings: PlanningSettings,
): Promise<void> {
  await db
    .updateTable('organizations')
    .set({
      direction_weeks_before: settings.directionWeeksBefore,
      drafts_weeks_before: settings.draftsWeeksBefore,
    })
    .where('id', '=', organizationId)
    .execute();
}

/**
 * When each team first performed a promise of the cycle (drafts count): team id to instant. One row
 * per team of the cycle, kept by `recordFirstDrafts` (the promises are not grouped on each read);
 * `teamIds` narrows it to some teams.
 */
export async function firstDraftOfTeams(
  db: Db,
  organizationId: string,
  cycleId: string,
  teamIds?: readonly string[],
): Promise<Map<string, string>> {
  if (teamIds?.length === 0) return new Map();
  let query = db
    .selectFrom('team_first_drafts')
    .select(['team_id', 'first_at'])
    .where('organization_id', '=', organizationId)
    .where('cycle_id', '=', cycleId);
  if (teamIds) query = query.where('team_id', 'in', teamIds);
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.team_id, String(r.first_at)]));
}

/**
 * When every active team but leadership had first performed a promise of the cycle (the drafts
 * milestone met): the last of their firsts, or null while one has not. Counted in one indexed
 * aggregate over the teams and their `team_first_drafts` rows.
 */
export async function allTeamsDraftedAt(
  db: Db,
  organizationId: string,
  cycleId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('teams as t')
    .leftJoin('team_first_drafts as d', (join) =>
      join
        .onRef('d.organization_id', '=', 't.organization_id')
        .onRef('d.team_id', '=', 't.id')
        .on('d.cycle_id', '=', cycleId),
    )
    .select([
      (eb) => eb.fn.countAll<number | string>().as('teams'),
      (eb) => eb.fn.count<number | string>('d.team_id').as('drafted'),
      (eb) => eb.fn.max('d.first_at').as('last'),
    ])
    .where('t.organization_id', '=', organizationId)
    .where('t.archived_at', 'is', null)
    .where('t.is_leadership', '=', 0)
    .executeTakeFirstOrThrow();
  const teams = Number(row.teams);
  return teams > 0 && Number(row.drafted) === teams && row.last !== null ? String(row.last) : null;
}

/**
 * Records that these teams performed a promise of the cycle made at `at`, in the transaction that
 * makes it: a team's first stays the earliest (an import may write an older promise after a newer one).
 */
export async function recordFirstDrafts(
  db: Db,
  organizationId: string,
  rows: ReadonlyArray<{ cycleId: string; teamId: string; at: string }>,
): Promise<void> {
  // One row per cycle and team: PostgreSQL refuses to update a row twice in one statement.
  const earliest = new Map<string, { cycle_id: string; team_id: string; first_at: string }>();
  for (const row of rows) {
    const key = `${row.cycleId}:${row.teamId}`;
    const known = earliest.get(key);
    if (!known || row.at < known.first_at)
      earliest.set(key, { cycle_id: row.cycleId, team_id: row.teamId, first_at: row.at });
  }
  const values = [...earliest.values()].map((row) => ({ organization_id: organizationId, ...row }));
  for (let start = 0; start < values.length; start += 500) {
    await db
      .insertInto('team_first_drafts')
      .values(values.slice(start, start + 500))
      .onConflict((oc) =>
        oc.columns(['organization_id', 'cycle_id', 'team_id']).doUpdateSet({
          first_at: sql<string>`case when excluded.first_at < team_first_drafts.first_at then excluded.first_at else team_first_drafts.first_at end`,
        }),
      )
      .execute();
  }
}

/** The first `limit` cycles in `state`, not archived, soonest start first. */
export async function listCyclesInState(
  db: Db,
  organizationId: string,
  state: CyclesTable['state'],
  limit: number,
): Promise<CyclesTable[]> {
  return db
    .selectFrom('cycles')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('state', '=', state)
    .where('archived_at', 'is', null)
    .orderBy('start_date')
    .orderBy('id')
    .limit(limit)
    .execute();
}
