import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

// The planning round trip: the timeline's offsets, leadership teams, the direction document and its
// published versions, reviews and questions on drafts, team capacity, cycle moves, notifications.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;

  await db.schema
    .alterTable('organizations')
    .addColumn('direction_weeks_before', 'integer', (c) => c.notNull().defaultTo(4))
    .execute();
  await db.schema
    .alterTable('organizations')
    .addColumn('drafts_weeks_before', 'integer', (c) => c.notNull().defaultTo(2))
    .execute();
  await db.schema
    .alterTable('teams')
    .addColumn('is_leadership', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('promises').addColumn('size', dialect.float).execute();
  await db.schema.alterTable('promises').addColumn('direction_version_id', 'text').execute();

  await db.schema
    .createTable('cycle_events')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text', (c) => c.notNull())
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('at', ts, (c) => c.notNull())
    .addColumn('unsettled', dialect.json, (c) => c.notNull())
    .addPrimaryKeyConstraint('cycle_events_pk', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('cycle_events_cycle')
    .on('cycle_events')
    .columns(['organization_id', 'cycle_id', 'at'])
    .execute();

  await db.schema
    .createTable('direction_drafts')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('markdown', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('direction_drafts_pk', ['organization_id', 'cycle_id'])
    .execute();

  await db.schema
    .createTable('direction_versions')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('markdown', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('published_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('direction_versions_pk', ['organization_id', 'id'])
    .addUniqueConstraint('direction_versions_number', ['organization_id', 'cycle_id', 'version'])
    .execute();

  await db.schema
    .createTable('direction_comments')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('version_id', 'text')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('direction_comments_pk', ['organization_id', 'id'])
    .execute();

  await db.schema
    .createTable('review_requests')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('reviewer_type', 'text', (c) => c.notNull())
    .addColumn('reviewer_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', ts, (c) => c.notNull())
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', ts)
    .addPrimaryKeyConstraint('review_requests_pk', ['organization_id', 'id'])
    .addUniqueConstraint('review_requests_reviewer', [
      'organization_id',
      'promise_id',
      'reviewer_type',
      'reviewer_id',
    ])
    .execute();
  await db.schema
    .createIndex('review_requests_reviewer_idx')
    .on('review_requests')
    .columns(['organization_id', 'reviewer_type', 'reviewer_id'])
    .execute();

  await db.schema
    .createTable('review_questions')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull())
    .addColumn('asked_by', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('asked_at', ts, (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', ts)
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', ts)
    .addPrimaryKeyConstraint('review_questions_pk', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('review_questions_promise')
    .on('review_questions')
    .columns(['organization_id', 'promise_id'])
    .execute();

  await db.schema
    .createTable('team_capacities')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('amount', dialect.float, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('team_capacities_pk', ['organization_id', 'team_id', 'cycle_id'])
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text')
    .addColumn('cycle_id', 'text')
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('at', ts, (c) => c.notNull())
    .addColumn('read_at', ts)
    .addPrimaryKeyConstraint('notifications_pk', ['organization_id', 'id'])
    // One notification per event and person, however many instances notice the event.
    .addUniqueConstraint('notifications_once', ['organization_id', 'person_id', 'dedupe_key'])
    .execute();
  await db.schema
    .createIndex('notifications_person')
    .on('notifications')
    .columns(['organization_id', 'person_id', 'at'])
    .execute();
}
