import { sql } from 'kysely';
import {
  ARCHIVED_TABLE_NAMES,
  ARCHIVED_TABLES,
  type ArchivedTableName,
  type ColumnKind,
  ORGANIZATION_COLUMNS,
} from './archive-tables.js';
import type { Db } from './database.js';
import type { Dialect } from './dialect.js';
import type { OrganizationsTable } from './schema.js';

/** One row of an archived table as the archive holds it: its columns by name, organization_id left out. */
export type ArchiveRow = Record<string, unknown>;

/** How many rows one page of the export reads, and one insert of the restore writes at most. */
export const ARCHIVE_PAGE_SIZE = 1000;
const INSERT_PARAMETERS = 8000;

/** The archived columns of a table: every column but organization_id and the omitted secrets. */
export function archivedColumns(table: ArchivedTableName): string[] {
  return Object.entries(ARCHIVED_TABLES[table].columns as Record<string, ColumnKind>)
    .filter(([, kind]) => kind !== 'organization' && kind !== 'omitted')
    .map(([name]) => name);
}

export async function findArchivedOrganization(db: Db, organizationId: string) {
  return db
    .selectFrom('organizations')
    .select(ORGANIZATION_COLUMNS)
    .where('id', '=', organizationId)
    .executeTakeFirst();
}

/**
 * One page of a table's rows of one organization, in the order of its key, after `after` (the key of
 * the last row of the previous page). The key leads every primary key after organization_id, so each
 * page is a range of the primary key's index. People are global: the organization's are its members'.
 */
export async function pageArchivedRows(
  db: Db,
  dialect: Dialect,
  organizationId: string,
  table: ArchivedTableName,
  after: readonly unknown[] | undefined,
): Promise<ArchiveRow[]> {
  const { key } = ARCHIVED_TABLES[table];
  const columns = archivedColumns(table);
  const alias = table === 'people' ? 'p' : 't';
  const keyRefs = (table === 'people' ? ['m.person_id'] : key.map((column) => `t.${column}`)).map((ref) =>
    sql.ref(ref),
  );
  const from =
    table === 'people'
      ? sql`memberships m join people p on p.id = m.person_id where m.organization_id = ${organizationId}`
      : sql`${sql.table(table)} t where t.organization_id = ${organizationId}`;
  const range = after
    ? sql` and (${sql.join(keyRefs)}) > (${sql.join(after.map((value) => sql`${value}`))})`
    : sql``;
  const query = sql<ArchiveRow>`select ${sql.join(columns.map((column) => sql.ref(`${alias}.${column}`)))}
    from ${from}${range} order by ${sql.join(keyRefs)} limit ${ARCHIVE_PAGE_SIZE}`;
  const { rows } = await query.execute(db);
  const kinds = ARCHIVED_TABLES[table].columns as Record<string, ColumnKind>;
  return rows.map((row) => {
    for (const column of columns) {
      const kind = kinds[column];
      if ((kind === 'json' || kind === 'json?') && row[column] !== null) {
        row[column] = dialect.parseJson(row[column]);
      }
    }
    return row;
  });
}

/** The key of a row of `table`, to page on from it. */
export function keyOf(table: ArchivedTableName, row: ArchiveRow): unknown[] {
  return ARCHIVED_TABLES[table].key.map((column) => row[column]);
}

/**
 * Whether the organization holds anything an archive would restore over: any row of an archived
 * table, apart from its one first member (who restores) and the default horizons every new
 * organization starts with.
 */
export async function isOrganizationEmpty(db: Db, organizationId: string, restorerId: string) {
  for (const table of ARCHIVED_TABLE_NAMES) {
    if (table === 'people' || table === 'horizons') continue;
    const others = table === 'memberships' ? sql` and person_id <> ${restorerId}` : sql``;
    const { rows } = await sql<{ one: number }>`select 1 as one from ${sql.table(table)}
      where organization_id = ${organizationId}${others} limit 1`.execute(db);
    if (rows.length > 0) return false;
  }
  return true;
}

/** The people of `ids` who already have an account on this instance, by id or by email. */
export async function findExistingPeople(db: Db, ids: readonly string[], emails: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('people')
    .select(['id', 'email'])
    .where((eb) => eb.or([eb('id', 'in', ids), eb('email', 'in', emails)]))
    .execute();
}

/** Makes room for the archive in an empty organization: its default horizons and the restorer's membership. */
export async function clearForRestore(db: Db, organizationId: string, restorerId: string | undefined) {
  await db.deleteFrom('horizons').where('organization_id', '=', organizationId).execute();
  if (restorerId) {
    await db
      .deleteFrom('memberships')
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', restorerId)
      .execute();
  }
}

export async function updateRestoredOrganization(
  db: Db,
  organizationId: string,
  values: Pick<
    OrganizationsTable,
    'name' | 'created_at' | 'direction_weeks_before' | 'drafts_weeks_before' | 'time_zone'
  >,
) {
  await db.updateTable('organizations').set(values).where('id', '=', organizationId).execute();
}

/**
 * Writes rows of one archived table into the organization, several rows to a statement. JSON is
 * written as its text, which both engines take (jsonb parses it); the rest as the archive holds it.
 * People are global and are written without the organization (and with no password: see restore).
 */
export async function insertArchivedRows(
  db: Db,
  organizationId: string,
  table: ArchivedTableName,
  rows: readonly ArchiveRow[],
): Promise<void> {
  const kinds = Object.entries(ARCHIVED_TABLES[table].columns as Record<string, ColumnKind>);
  const perStatement = Math.max(1, Math.floor(INSERT_PARAMETERS / kinds.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows
      .slice(start, start + perStatement)
      .map(
        (row) =>
          sql`(${sql.join(kinds.map(([column, kind]) => sql`${restoredValue(kind, row[column], organizationId)}`))})`,
      );
    try {
      await sql`insert into ${sql.table(table)} (${sql.join(kinds.map(([column]) => sql.ref(column)))})
        values ${sql.join(values)}`.execute(db);
    } catch (error) {
      if (isRefusedData(error)) throw new RefusedRows(table, error);
      throw error;
    }
  }
}

function restoredValue(kind: ColumnKind, value: unknown, organizationId: string): unknown {
  if (kind === 'organization') return organizationId;
  // A password hash: none, so no password signs in until the person sets one.
  if (kind === 'omitted') return '';
  if ((kind === 'json' || kind === 'json?') && value !== null && value !== undefined) {
    return JSON.stringify(value);
  }
  return value ?? null;
}

/** Rows the database refused: a key twice, a reference to nothing, a value of the wrong type. */
export class RefusedRows extends Error {
  constructor(
    readonly table: ArchivedTableName,
    cause: Error,
  ) {
    super(`${table}: ${cause.message}`, { cause });
  }
}

/**
 * Whether the database refused the data rather than failed: a constraint (PostgreSQL's class 23,
 * SQLite's SQLITE_CONSTRAINT_*) or a value it cannot take (PostgreSQL's class 22).
 */
function isRefusedData(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return code.startsWith('SQLITE_CONSTRAINT') || /^2[23][0-9A-Z]{3}$/.test(code);
}
