import type { Db } from './database.js';
import type { CyclesTable, HorizonsTable } from './schema.js';

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
