import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 11, reply-by dates: a move that opens a conversation (request, offer, counter, renegotiate)
 * may ask for its answer by a calendar date. The move keeps the date it asked for; the promise's
 * projection keeps the date its pending ask is due by (null once answered), indexed so that the
 * unanswered-ask finding and the day-before reminder read only the asks with a date.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('promise_moves').addColumn('reply_by', 'text').execute();
  await db.schema.alterTable('promises').addColumn('reply_by', 'text').execute();
  await db.schema
    .createIndex('promises_reply_by')
    .on('promises')
    .columns(['organization_id', 'reply_by'])
    .execute();
}
