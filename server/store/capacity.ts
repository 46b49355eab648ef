import type { Db } from './database.js';
import type { TeamCapacitiesTable } from './schema.js';

export async function upsertCapacity(db: Db, row: TeamCapacitiesTable) {
  await db
    .insertInto('team_capacities')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['organization_id', 'team_id', 'cycle_id']).doUpdateSet({
        unit: row.unit,
        amount: row.amount,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function listCapacities(db: Db, organizationId: string, cycleId: string) {
  return db
    .selectFrom('team_capacities')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('cycle_id', '=', cycleId)
    .execute();
}

/** A promise's size in points, set by its performing side for capacity counted in points. */
export async function setPromiseSize(
  db: Db,
  organizationId: string,
  promiseId: string,
  size: number | null,
): Promise<void> {
  await db
    .updateTable('promises')
    .set({ size })
    .where('organization_id', '=', organizationId)
    .where('id', '=', promiseId)
    .execute();
}
