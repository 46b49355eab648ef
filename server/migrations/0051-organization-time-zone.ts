import type { Kysely } from 'kysely';

/**
 * Issue 12, organization time zones. The daily summary and the weekly digest go at a set local
 * hour, and until now every organization's local was UTC. Each keeps an IANA zone name; every
 * existing one stays on UTC, which is what it had.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('organizations')
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC'))
    .execute();
}
