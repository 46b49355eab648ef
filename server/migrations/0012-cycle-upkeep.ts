import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 10, a closed cycle is closed: cycles.archived_at, set while a closed cycle is archived (out
 * of the pickers and lists, still readable with its review) and cleared when it is brought back.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('cycles').addColumn('archived_at', dialect.timestamp).execute();
}
