import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 10, consent from every performer: with several performers each answers for itself, so a
 * move by the performing side records which performer it was made for (null for the customer's
 * moves, reviewers' comments, and moves made before this).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('promise_moves').addColumn('performer_type', 'text').execute();
  await db.schema.alterTable('promise_moves').addColumn('performer_id', 'text').execute();
}
