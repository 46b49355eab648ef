import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, type TestServices, testEngines } from '../test/harness.js';
import { createOrganization } from '../test/service-factories.js';
import { keyOf, pageArchivedRows } from './archive.js';
import { ARCHIVED_TABLES, EXCLUDED_TABLES } from './archive-tables.js';

/**
 * The archive is lossless only if it knows every table and column the migrations make. A new table
 * must be archived (ARCHIVED_TABLES, with its columns) or excluded with a reason (EXCLUDED_TABLES).
 */
describe.each(testEngines())('the archive’s tables on %s', (engine) => {
  let services: TestServices;
  beforeAll(async () => {
    services = await createTestServices(engine);
  });
  afterAll(() => services.close());

  it('classifies every table of the schema as archived or excluded, each column of the archived ones', async () => {
    const tables = await services.handle.db.introspection.getTables();
    // SQLite's FTS5 table of the search index and its shadow tables: the engine's own storage of
    // search_entries, rebuilt by triggers like it.
    const names = tables
      .map((table) => table.name)
      .filter((name) => !/^search_index(_(data|idx|docsize|config|content))?$/.test(name))
      .sort();
    const classified = [...Object.keys(ARCHIVED_TABLES), ...Object.keys(EXCLUDED_TABLES)];
    expect(names.filter((name) => !classified.includes(name))).toEqual([]);
    expect(classified.filter((name) => !names.includes(name))).toEqual([]);
    for (const table of tables) {
      const spec = ARCHIVED_TABLES[table.name as keyof typeof ARCHIVED_TABLES];
      if (!spec) continue;
      expect({ table: table.name, columns: table.columns.map((column) => column.name).sort() }).toEqual({
        table: table.name,
        columns: Object.keys(spec.columns).sort(),
      });
    }
  });

  it('keys each archived table by its primary key after organization_id', () => {
    for (const [name, spec] of Object.entries(ARCHIVED_TABLES)) {
      expect({ name, key: spec.key.every((column) => column in spec.columns) }).toEqual({ name, key: true });
    }
  });

  it('pages on from the last row of a page by the whole key, one or several columns', async () => {
    const { owner } = await createOrganization(services.ctx, {
      people: { a: 'member', b: 'member', c: 'admin' },
      teams: { Alpha: { leads: ['a'], members: ['b', 'c'] }, Beta: { leads: ['c'], members: ['owner'] } },
    });
    const { db, dialect } = services.handle;
    for (const table of ['people', 'memberships', 'team_members'] as const) {
      const all = await pageArchivedRows(db, dialect, owner.organizationId, table, undefined);
      expect(all.length).toBeGreaterThan(2);
      const [first, second] = all;
      if (!first || !second) throw new Error('rows are missing');
      const afterFirst = await pageArchivedRows(
        db,
        dialect,
        owner.organizationId,
        table,
        keyOf(table, first),
      );
      expect({ table, rows: afterFirst }).toEqual({ table, rows: all.slice(1) });
      const afterSecond = await pageArchivedRows(
        db,
        dialect,
        owner.organizationId,
        table,
        keyOf(table, second),
      );
      expect({ table, rows: afterSecond }).toEqual({ table, rows: all.slice(2) });
    }
  });
});
