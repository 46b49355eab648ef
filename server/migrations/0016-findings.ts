import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 11, the strategy debugger: each finding's life, by its stable key. A finding is computed
 * from the plan; this row keeps what the plan cannot say: when it was first seen, whether one of
 * its parties dismissed it (who, when, why), and when it stopped being found (resolved). `body` is
 * the finding as last seen, so a resolved finding can still be shown.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  await db.schema
    .createTable('findings')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_at', ts, (c) => c.notNull())
    .addColumn('resolved_at', ts)
    .addColumn('resolution', 'text')
    .addColumn('dismissed_by', 'text')
    .addColumn('dismissed_at', ts)
    .addColumn('dismissed_reason', 'text')
    .addColumn('body', dialect.json, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('findings_pk', ['organization_id', 'key'])
    .execute();
  await db.schema
    .createIndex('findings_status')
    .on('findings')
    .columns(['organization_id', 'status'])
    .execute();
}
