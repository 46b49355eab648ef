import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 10, carry-over: when a cycle closes, each side of an unfinished promise carries it into the
 * next cycle on its horizon, ends it, or leaves it as it is.
 * - promises.carried_from_id: the promise of the closed cycle this one carries over. Unique per
 *   organization, so a promise is carried once however many people carry it at the same moment.
 * - carry_over_dismissals: who chose to leave a promise as it is, so it leaves their inbox only.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('promises').addColumn('carried_from_id', 'text').execute();
  await db.schema
    .createIndex('promises_carried_from')
    .on('promises')
    .columns(['organization_id', 'carried_from_id'])
    .unique()
    .execute();
  await db.schema
    .createTable('carry_over_dismissals')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('at', dialect.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('carry_over_dismissals_pk', ['organization_id', 'promise_id', 'person_id'])
    .addForeignKeyConstraint(
      'carry_over_dismissals_promise_fk',
      ['organization_id', 'promise_id'],
      'promises',
      ['organization_id', 'id'],
    )
    .execute();
}
