import type { Db } from './database.js';
import type { DirectionCommentsTable, DirectionVersionsTable } from './schema.js';

export async function findDirectionDraft(db: Db, organizationId: string, cycleId: string) {
  return db
    .selectFrom('direction_drafts as d')
    .innerJoin('people as p', 'p.id', 'd.updated_by')
    .selectAll('d')
    .select('p.name as person_name')
    .where('d.organization_id', '=', organizationId)
    .where('d.cycle_id', '=', cycleId)
    .executeTakeFirst();
}

export async function saveDirectionDraft(
  db: Db,
  row: {
    organization_id: string;
    cycle_id: string;
    markdown: string;
    updated_by: string;
    updated_at: string;
  },
) {
  await db
    .insertInto('direction_drafts')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['organization_id', 'cycle_id'])
        .doUpdateSet({ markdown: row.markdown, updated_by: row.updated_by, updated_at: row.updated_at }),
    )
    .execute();
}

export async function listDirectionVersions(db: Db, organizationId: string, cycleIds: readonly string[]) {
  if (cycleIds.length === 0) return [];
  return db
    .selectFrom('direction_versions as v')
    .innerJoin('people as p', 'p.id', 'v.published_by')
    .selectAll('v')
    .select('p.name as person_name')
    .where('v.organization_id', '=', organizationId)
    .where('v.cycle_id', 'in', cycleIds)
    .orderBy('v.version', 'desc')
    .execute();
}

export async function findDirectionVersion(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('direction_versions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertDirectionVersion(db: Db, row: DirectionVersionsTable) {
  await db.insertInto('direction_versions').values(row).execute();
}

export async function insertDirectionComment(db: Db, row: DirectionCommentsTable) {
  await db.insertInto('direction_comments').values(row).execute();
}

export async function listDirectionComments(db: Db, organizationId: string, cycleId: string) {
  return db
    .selectFrom('direction_comments as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .selectAll('c')
    .select('p.name as person_name')
    .where('c.organization_id', '=', organizationId)
    .where('c.cycle_id', '=', cycleId)
    .orderBy('c.at')
    .execute();
}
