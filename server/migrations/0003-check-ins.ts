import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

// Check-ins, their answers, assessments and retrospectives are append-only: a correction is a new row.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;

  await db.schema
    .alterTable('cycles')
    .addColumn('check_in_cadence', 'text', (c) => c.notNull().defaultTo('weekly'))
    .execute();

  await db.schema
    .createTable('check_ins')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('at', ts, (c) => c.notNull())
    .addColumn('confidence', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('blockers', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('check_ins_pk', ['organization_id', 'id'])
    .addForeignKeyConstraint('check_ins_promise_fk', ['organization_id', 'promise_id'], 'promises', [
      'organization_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('check_ins_promise')
    .on('check_ins')
    .columns(['organization_id', 'promise_id', 'at'])
    .execute();

  await db.schema
    .createTable('check_in_values')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('check_in_id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('condition_id', 'text', (c) => c.notNull())
    .addColumn('value', dialect.decimal)
    .addColumn('done', 'integer')
    .addPrimaryKeyConstraint('check_in_values_pk', ['organization_id', 'check_in_id', 'condition_id'])
    .addForeignKeyConstraint('check_in_values_check_in_fk', ['organization_id', 'check_in_id'], 'check_ins', [
      'organization_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('check_in_values_promise')
    .on('check_in_values')
    .columns(['organization_id', 'promise_id'])
    .execute();

  await db.schema
    .createTable('check_in_answers')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('check_in_id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('check_in_answers_pk', ['organization_id', 'id'])
    .addForeignKeyConstraint(
      'check_in_answers_check_in_fk',
      ['organization_id', 'check_in_id'],
      'check_ins',
      ['organization_id', 'id'],
    )
    .execute();
  await db.schema
    .createIndex('check_in_answers_promise')
    .on('check_in_answers')
    .columns(['organization_id', 'promise_id'])
    .execute();

  await db.schema
    .createTable('assessments')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('satisfied', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('score', dialect.float)
    .addColumn('key_results', dialect.json, (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('assessments_pk', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('assessments_promise')
    .on('assessments')
    .columns(['organization_id', 'promise_id', 'at'])
    .execute();

  await db.schema
    .createTable('retrospectives')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('went_well', 'text', (c) => c.notNull())
    .addColumn('to_change', 'text', (c) => c.notNull())
    .addColumn('at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('retrospectives_pk', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('retrospectives_promise')
    .on('retrospectives')
    .columns(['organization_id', 'promise_id'])
    .execute();
}
