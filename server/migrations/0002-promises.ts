import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;

  await db.schema
    .createTable('horizons')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('months', 'integer')
    .addColumn('days', 'integer')
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('horizons_pk', ['organization_id', 'id'])
    .addUniqueConstraint('horizons_key', ['organization_id', 'key'])
    .execute();

  await db.schema
    .createTable('cycles')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('horizon_id', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('cycles_pk', ['organization_id', 'id'])
    .addForeignKeyConstraint('cycles_horizon_fk', ['organization_id', 'horizon_id'], 'horizons', [
      'organization_id',
      'id',
    ])
    .execute();

  // The promise row is a projection of its move log, rewritten in the same transaction as each
  // move; the log (promise_moves) is the history and is never rewritten.
  await db.schema
    .createTable('promises')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('customer_type', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('awaiting', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('draft', dialect.json, (c) => c.notNull())
    .addColumn('state', dialect.json, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('promises_pk', ['organization_id', 'id'])
    .addForeignKeyConstraint('promises_cycle_fk', ['organization_id', 'cycle_id'], 'cycles', [
      'organization_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('promises_cycle')
    .on('promises')
    .columns(['organization_id', 'cycle_id'])
    .execute();
  await db.schema
    .createIndex('promises_customer')
    .on('promises')
    .columns(['organization_id', 'customer_type', 'customer_id'])
    .execute();

  await db.schema
    .createTable('promise_performers')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('party_type', 'text', (c) => c.notNull())
    .addColumn('party_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('promise_performers_pk', [
      'organization_id',
      'promise_id',
      'party_type',
      'party_id',
    ])
    .addForeignKeyConstraint('promise_performers_promise_fk', ['organization_id', 'promise_id'], 'promises', [
      'organization_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('promise_performers_party')
    .on('promise_performers')
    .columns(['organization_id', 'party_type', 'party_id'])
    .execute();

  await db.schema
    .createTable('promise_tags')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('promise_tags_pk', ['organization_id', 'promise_id', 'tag'])
    .addForeignKeyConstraint('promise_tags_promise_fk', ['organization_id', 'promise_id'], 'promises', [
      'organization_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('promise_tags_tag')
    .on('promise_tags')
    .columns(['organization_id', 'tag'])
    .execute();

  await db.schema
    .createTable('promise_moves')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('act', 'text', (c) => c.notNull())
    .addColumn('by_participant', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('at', ts, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('reason', dialect.json)
    .addColumn('changes', dialect.json)
    .addColumn('text', 'text')
    .addPrimaryKeyConstraint('promise_moves_pk', ['organization_id', 'id'])
    // Two moves racing for the same place in the log: one wins, the other is refused.
    .addUniqueConstraint('promise_moves_seq', ['organization_id', 'promise_id', 'seq'])
    .addForeignKeyConstraint('promise_moves_promise_fk', ['organization_id', 'promise_id'], 'promises', [
      'organization_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('contributions')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('from_promise_id', 'text', (c) => c.notNull())
    .addColumn('to_promise_id', 'text', (c) => c.notNull())
    .addColumn('weight', dialect.float, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('contributions_pk', ['organization_id', 'id'])
    .addUniqueConstraint('contributions_pair', ['organization_id', 'from_promise_id', 'to_promise_id'])
    .execute();
  await db.schema
    .createIndex('contributions_to')
    .on('contributions')
    .columns(['organization_id', 'to_promise_id'])
    .execute();

  await db.schema
    .createTable('dependencies')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('supplier_promise_id', 'text')
    .addColumn('supplier_team_id', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', ts)
    .addPrimaryKeyConstraint('dependencies_pk', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('dependencies_promise')
    .on('dependencies')
    .columns(['organization_id', 'promise_id'])
    .execute();
}
