import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 13, import: each object an import writes remembers the source and the source's id for it,
 * so that importing the same file again finds what it wrote and updates instead of duplicating.
 * `digest` is what the source said last time, to tell an unchanged row from a changed one. The
 * column mapping of a spreadsheet is kept per organization for next time. One import runs at a time
 * in an organization (a partial unique index, as for the setup jobs of 0010): two at once would
 * each create what the other is creating.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  await db.schema
    .createTable('import_sources')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('imported_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('import_sources_pk', ['organization_id', 'source', 'kind', 'source_id'])
    .execute();
  await db.schema
    .createTable('import_mappings')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('mapping', dialect.json, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('import_mappings_pk', ['organization_id', 'source'])
    .execute();
  await sql`
    create unique index jobs_one_running_import on jobs (organization_id)
     where kind = 'import' and status = 'running'`.execute(db);
}
