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
