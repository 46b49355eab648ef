import { z } from 'zod';
import type { ArchiveBody, RestoredArchive } from '../../../contract/exports.js';
import { AppError, conflict } from '../../errors.js';
import {
  type ArchiveRow,
  archivedColumns,
  clearForRestore,
  findExistingPeople,
  insertArchivedRows,
  isOrganizationEmpty,
  RefusedRows,
  updateRestoredOrganization,
} from '../../store/archive.js';
import {
  ARCHIVED_TABLE_NAMES,
  ARCHIVED_TABLES,
  type ArchivedTableName,
  type ColumnKind,
} from '../../store/archive-tables.js';
import { lockInstance } from '../../store/locks.js';
import type { MemberActor } from '../authorization.js';
import { inTransaction, type ServiceContext } from '../context.js';

const cellOf: Record<Exclude<ColumnKind, 'organization' | 'omitted'>, z.ZodType> = {
  text: z.string().max(1_000_000),
  'text?': z.string().max(1_000_000).nullable(),
  number: z.number(),
  'number?': z.number().nullable(),
  'decimal?': z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number as text')
    .nullable(),
  json: z.json(),
  'json?': z.json().nullable(),
};

/** Each archived table's row, exactly: every column the table has, of its kind, and no other. */
const rowSchemas = new Map<ArchivedTableName, z.ZodType<ArchiveRow>>(
  ARCHIVED_TABLE_NAMES.map((table) => {
    const kinds = ARCHIVED_TABLES[table].columns as Record<string, ColumnKind>;
    const shape = Object.fromEntries(
      archivedColumns(table).map((column) => [column, cellOf[kinds[column] as keyof typeof cellOf]]),
    );
    return [table, z.strictObject(shape)] as const;
  }),
);

/**
 * Restores an archive into the actor's organization, which must hold nothing yet but its first
 * member and default horizons: every row keeps its id, so exporting the result gives the same
 * archive. People are accounts of the instance: one the instance has by the same id is kept as it
 * is; a new one is made without a password (they set one by a reset), and an email the instance
 * has under another id is refused, naming it. All in one transaction: a refused restore changes nothing.
 */
export async function restoreArchive(
  ctx: ServiceContext,
  actor: MemberActor,
  archive: ArchiveBody,
): Promise<RestoredArchive> {
  const tables = validateTables(archive.tables);
  return inTransaction(ctx, async (tx) => {
    // One restore at a time on the instance: two into one organization would both find it empty.
    await lockInstance(tx.db, tx.dialect, 'restore-archive');
    if (!(await isOrganizationEmpty(tx.db, actor.organizationId, actor.personId))) {
      throw conflict(
        'This organization already has teams, cycles, promises or other members: restore into a new, empty organization',
      );
    }
    const people = tables.people;
    const existing = await existingPeople(tx, people);
    const restorerIsArchived = tables.memberships.some((row) => row.person_id === actor.personId);
    await clearForRestore(tx.db, actor.organizationId, restorerIsArchived ? actor.personId : undefined);
    // Written in bulk, not moved: whatever counts the plan counts again.
    tx.changes.publish({ kind: 'plan-changed', organizationId: actor.organizationId });
    await updateRestoredOrganization(tx.db, actor.organizationId, {
      name: archive.organization.name,
      created_at: archive.organization.created_at,
      direction_weeks_before: archive.organization.direction_weeks_before,
      drafts_weeks_before: archive.organization.drafts_weeks_before,
      time_zone: archive.organization.time_zone ?? 'UTC',
    });
    const rows: Record<string, number> = {};
    for (const table of ARCHIVED_TABLE_NAMES) {
      const written =
        table === 'people' ? people.filter((row) => !existing.has(String(row.id))) : tables[table];
      try {
        await insertArchivedRows(tx.db, actor.organizationId, table, written);
      } catch (error) {
        if (error instanceof RefusedRows)
          invalid(
            `tables.${error.table} does not fit: ${error.cause instanceof Error ? error.cause.message : ''}`,
          );
        throw error;
      }
      rows[table] = tables[table].length;
    }
    return {
      organizationId: actor.organizationId,
      rows,
      peopleCreated: people.length - existing.size,
      peopleExisting: existing.size,
    };
  });
}

function validateTables(tables: ArchiveBody['tables']): Record<ArchivedTableName, ArchiveRow[]> {
  const known = new Set<string>(ARCHIVED_TABLE_NAMES);
  const unknown = Object.keys(tables).find((name) => !known.has(name));
  if (unknown) invalid(`tables.${unknown} is not a table this version of Accord restores`);
  const valid = {} as Record<ArchivedTableName, ArchiveRow[]>;
  for (const table of ARCHIVED_TABLE_NAMES) {
    const rows = tables[table];
    if (!rows) invalid(`tables.${table} is missing`);
    valid[table] = rows.map((row, index) => {
      const parsed = rowSchemas.get(table)?.safeParse(row);
      if (!parsed) return invalid(`tables.${table} is not restored`);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = [`tables.${table}[${index}]`, ...(issue?.path ?? []).map(String)].join('.');
        invalid(`${where}: ${issue?.message ?? 'is not valid'}`);
      }
      return parsed.data;
    });
  }
  return valid;
}

function invalid(message: string): never {
  throw new AppError('validation_failed', `The archive is not valid: ${message}`);
}

/** The archived people this instance has already, by id; an email it has under another id is refused. */
async function existingPeople(ctx: ServiceContext, people: readonly ArchiveRow[]): Promise<Set<string>> {
  const existing = new Set<string>();
  const chunk = 500;
  for (let start = 0; start < people.length; start += chunk) {
    const page = people.slice(start, start + chunk);
    const ids = page.map((row) => String(row.id));
    const emails = page.map((row) => String(row.email));
    const emailOf = new Map(page.map((row) => [String(row.id), String(row.email)]));
    for (const person of await findExistingPeople(ctx.db, ids, emails)) {
      if (emailOf.has(person.id)) {
        existing.add(person.id);
        continue;
      }
      throw conflict(
        `${person.email} already has an account on this instance under another id: restore as someone whose email is not in the archive`,
      );
    }
  }
  return existing;
}
