import type { Db } from './database.js';
import type { Dialect } from './dialect.js';
import type { Database, ImportSourcesTable } from './schema.js';

/** Keys looked up per query: well inside both engines' limits on bound parameters. */
const LOOKUP_CHUNK = 500;
/** Bound parameters per insert: SQLite's default limit is 32,766, PostgreSQL's 65,535. */
const PARAMETER_LIMIT = 30_000;

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < list.length; start += size) out.push(list.slice(start, start + size));
  return out;
}

/** The tables an import writes in bulk, in the order their foreign keys need them. */
export type ImportedTable = Extract<
  keyof Database,
  | 'people'
  | 'memberships'
  | 'teams'
  | 'team_members'
  | 'horizons'
  | 'cycles'
  | 'promises'
  | 'promise_performers'
  | 'promise_tags'
  | 'promise_moves'
  | 'contributions'
  | 'check_ins'
  | 'check_in_values'
>;

/** Many rows of one table in as few statements as the engines' parameter limits allow. */
export async function insertMany<T extends ImportedTable>(
  db: Db,
  table: T,
  rows: readonly Database[T][],
): Promise<void> {
  if (rows.length === 0) return;
  const width = Object.keys(rows[0]!).length;
  for (const part of chunks(rows, Math.max(1, Math.floor(PARAMETER_LIMIT / width)))) {
    await db
      .insertInto(table)
      .values(part as never)
      .execute();
  }
}

export async function findImportSources(
  db: Db,
  organizationId: string,
  source: string,
  kind: string,
  sourceIds: readonly string[],
): Promise<ImportSourcesTable[]> {
  const found: ImportSourcesTable[] = [];
  for (const part of chunks([...new Set(sourceIds)], LOOKUP_CHUNK)) {
    found.push(
      ...(await db
        .selectFrom('import_sources')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('source', '=', source)
        .where('kind', '=', kind)
        .where('source_id', 'in', part)
        .execute()),
    );
  }
  return found;
}

export async function saveImportSources(db: Db, rows: readonly ImportSourcesTable[]): Promise<void> {
  for (const part of chunks(rows, Math.floor(PARAMETER_LIMIT / 7))) {
    await db
      .insertInto('import_sources')
      .values(part)
      .onConflict((oc) =>
        oc.columns(['organization_id', 'source', 'kind', 'source_id']).doUpdateSet((eb) => ({
          object_id: eb.ref('excluded.object_id'),
          digest: eb.ref('excluded.digest'),
          imported_at: eb.ref('excluded.imported_at'),
        })),
      )
      .execute();
  }
}

/** People with these emails (lower case), members of the organization or not. */
export async function findPeopleByEmails(db: Db, organizationId: string, emails: readonly string[]) {
  const found: Array<{
    id: string;
    email: string;
    name: string;
    role: string | null;
    removed_at: string | null;
  }> = [];
  for (const part of chunks([...new Set(emails)], LOOKUP_CHUNK)) {
    found.push(
      ...(await db
        .selectFrom('people')
        .leftJoin('memberships', (join) =>
          join
            .onRef('memberships.person_id', '=', 'people.id')
            .on('memberships.organization_id', '=', organizationId),
        )
        .select(['people.id', 'people.email', 'people.name', 'memberships.role', 'memberships.removed_at'])
        .where('people.email', 'in', part)
        .execute()),
    );
  }
  return found;
}

/** Members of the organization by id. */
export async function findPeopleByIds(db: Db, organizationId: string, ids: readonly string[]) {
  return db
    .selectFrom('people')
    .innerJoin('memberships', 'memberships.person_id', 'people.id')
    .select(['people.id', 'people.email', 'memberships.removed_at'])
    .where('memberships.organization_id', '=', organizationId)
    .where('people.id', 'in', [...ids])
    .execute();
}

/** The teams of the organization with these names (compared in lower case), with their leads. */
export async function findTeamsByNames(db: Db, organizationId: string, names: readonly string[]) {
  const found: Array<{ id: string; name: string; leadEmails: string[] }> = [];
  for (const part of chunks([...new Set(names.map((n) => n.toLowerCase()))], LOOKUP_CHUNK)) {
    const teams = await db
      .selectFrom('teams')
      .select(['id', 'name'])
      .where('organization_id', '=', organizationId)
      .where('archived_at', 'is', null)
      .where((eb) => eb(eb.fn('lower', ['name']), 'in', part))
      .execute();
    if (teams.length === 0) continue;
    const leads = await db
      .selectFrom('team_members')
      .innerJoin('people', 'people.id', 'team_members.person_id')
      .select(['team_members.team_id', 'people.email'])
      .where('team_members.organization_id', '=', organizationId)
      .where('team_members.role', '=', 'lead')
      .where(
        'team_members.team_id',
        'in',
        teams.map((t) => t.id),
      )
      .execute();
    for (const team of teams) {
      found.push({ ...team, leadEmails: leads.filter((l) => l.team_id === team.id).map((l) => l.email) });
    }
  }
  return found;
}

/** The cycles of the organization with these names (lower case). */
export async function findCyclesByNames(db: Db, organizationId: string, names: readonly string[]) {
  const found: Array<{ id: string; name: string; start_date: string; end_date: string }> = [];
  for (const part of chunks([...new Set(names.map((n) => n.toLowerCase()))], LOOKUP_CHUNK)) {
    found.push(
      ...(await db
        .selectFrom('cycles')
        .select(['id', 'name', 'start_date', 'end_date'])
        .where('organization_id', '=', organizationId)
        .where('archived_at', 'is', null)
        .where((eb) => eb(eb.fn('lower', ['name']), 'in', part))
        .execute()),
    );
  }
  return found;
}

/** Who already belongs to which of these teams. */
export async function findTeamMembers(db: Db, organizationId: string, teamIds: readonly string[]) {
  const found: Array<{ team_id: string; person_id: string }> = [];
  for (const part of chunks(teamIds, LOOKUP_CHUNK)) {
    found.push(
      ...(await db
        .selectFrom('team_members')
        .select(['team_id', 'person_id'])
        .where('organization_id', '=', organizationId)
        .where('team_id', 'in', part)
        .execute()),
    );
  }
  return found;
}

/** The contributions between these promises, to add only those that are missing. */
export async function findContributionsFrom(
  db: Db,
  organizationId: string,
  fromPromiseIds: readonly string[],
) {
  const found: Array<{ from_promise_id: string; to_promise_id: string }> = [];
  for (const part of chunks(fromPromiseIds, LOOKUP_CHUNK)) {
    found.push(
      ...(await db
        .selectFrom('contributions')
        .select(['from_promise_id', 'to_promise_id'])
        .where('organization_id', '=', organizationId)
        .where('from_promise_id', 'in', part)
        .where('removed_at', 'is', null)
        .execute()),
    );
  }
  return found;
}

export async function findImportMapping(db: Db, dialect: Dialect, organizationId: string, source: string) {
  const row = await db
    .selectFrom('import_mappings')
    .select('mapping')
    .where('organization_id', '=', organizationId)
    .where('source', '=', source)
    .executeTakeFirst();
  return row ? dialect.parseJson<Record<string, string>>(row.mapping) : null;
}

export async function saveImportMapping(
  db: Db,
  row: { organization_id: string; source: string; mapping: string; updated_by: string; updated_at: string },
): Promise<void> {
  await db
    .insertInto('import_mappings')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['organization_id', 'source']).doUpdateSet({
        mapping: row.mapping,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}
