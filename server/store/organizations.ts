import type { Role } from '../../contract/common.js';
import type { Db } from './database.js';
import type { OrganizationsTable } from './schema.js';

export async function insertOrganization(db: Db, row: OrganizationsTable): Promise<void> {
  await db.insertInto('organizations').values(row).execute();
}

export async function findOrganization(db: Db, id: string): Promise<OrganizationsTable | undefined> {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setTimeZone(db: Db, id: string, timeZone: string): Promise<void> {
  await db.updateTable('organizations').set({ time_zone: timeZone }).where('id', '=', id).execute();
}

export async function slugsStartingWith(db: Db, base: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('organizations')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  return new Set(rows.map((r) => r.slug));
}

export async function countOrganizations(db: Db): Promise<number> {
  const row = await db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface OrganizationOfPerson {
  id: string;
  name: string;
  slug: string;
  role: Role;
}

export async function listOrganizationsOfPerson(db: Db, personId: string): Promise<OrganizationOfPerson[]> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .select(['o.id', 'o.name', 'o.slug', 'm.role'])
    .where('m.person_id', '=', personId)
    .where('m.removed_at', 'is', null)
    .orderBy('o.name')
    .execute();
}

/** Every organization of the instance: time-based jobs visit each in turn. */
export async function listOrganizationIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('organizations').select('id').orderBy('id').execute()).map((r) => r.id);
}
