import type { Db } from './database.js';
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
