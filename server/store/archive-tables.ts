import type { Database } from './schema.js';

/**
 * What the lossless archive of an organization holds, table by table (issue 13). Every table of the
 * schema is either archived here, with each of its columns, or excluded in EXCLUDED_TABLES with the
 * reason; `archive-tables.test.ts` fails when a migration adds a table or a column that is neither,
 * so the archive stays lossless as the schema grows.
 *
 * A column is:
 * - `organization`: the tenant's id, left out of each row (the restore writes the target's);
 * - `text`, `number`: as stored, the same on both engines (booleans are 0 or 1, times ISO UTC text);
 * - `decimal`: exact decimal text (numeric on PostgreSQL, read back as text);
 * - `json`: a JSON document, archived parsed (text on SQLite, jsonb on PostgreSQL);
 * - `omitted`: a secret that never leaves the instance (it is restored empty: see `restoredValue`);
 * a `?` says it may be null.
 */
export type ColumnKind =
  | 'organization'
  | 'omitted'
  | 'text'
  | 'text?'
  | 'number'
  | 'number?'
  | 'decimal?'
  | 'json'
  | 'json?';

export interface ArchivedTable<T extends keyof Database = keyof Database> {
  /** The primary key after organization_id: rows are archived in its order, a page at a time. */
  key: readonly (keyof Database[T] & string)[];
  columns: { readonly [C in keyof Database[T] & string]: ColumnKind };
}

type ArchivedTables = { [T in ArchivedTableName]: ArchivedTable<T> };

/** The archived tables in dependency order: a table comes after every table its rows refer to. */
export const ARCHIVED_TABLE_NAMES = [
  'people',
  'memberships',
  'teams',
  'team_members',
  'horizons',
  'cycles',
  'direction_drafts',
  'direction_versions',
  'direction_comments',
  'cycle_events',
  'team_capacities',
  'promises',
  'promise_performers',
  'promise_tags',
  'promise_moves',
  'carry_over_dismissals',
  'contributions',
  'dependencies',
  'check_ins',
  'check_in_values',
  'check_in_answers',
  'assessments',
  'retrospectives',
  'review_requests',
  'review_questions',
  'promise_standings',
  'key_result_latest',
  'promise_score_points',
  'cycle_score_days',
  'findings',
  'finding_subjects',
  'team_first_drafts',
  'finding_events',
  'notifications',
  'notification_preferences',
  'saved_views',
  'import_sources',
  'import_mappings',
] as const satisfies readonly (keyof Database)[];
export type ArchivedTableName = (typeof ARCHIVED_TABLE_NAMES)[number];

// biome-ignore format: one line per table reads as the table it describes
export const ARCHIVED_TABLES: ArchivedTables = {
  people: { key: ['id'], columns: { id: 'text', email: 'text', name: 'text', password_hash: 'omitted', created_at: 'text', deleted_at: 'text?' } },
  memberships: { key: ['person_id'], columns: { organization_id: 'organization', person_id: 'text', role: 'text', title: 'text', joined_at: 'text', removed_at: 'text?' } },
  teams: { key: ['id'], columns: { organization_id: 'organization', id: 'text', name: 'text', description: 'text', created_at: 'text', archived_at: 'text?', is_leadership: 'number' } },
  team_members: { key: ['team_id', 'person_id'], columns: { organization_id: 'organization', team_id: 'text', person_id: 'text', role: 'text', added_at: 'text' } },
  horizons: { key: ['id'], columns: { organization_id: 'organization', id: 'text', key: 'text', name: 'text', months: 'number?', days: 'number?', is_default: 'number', created_at: 'text' } },
  cycles: { key: ['id'], columns: { organization_id: 'organization', id: 'text', name: 'text', horizon_id: 'text', parent_id: 'text?', start_date: 'text', end_date: 'text', state: 'text', check_in_cadence: 'text', created_at: 'text', archived_at: 'text?' } },
  direction_drafts: { key: ['cycle_id'], columns: { organization_id: 'organization', cycle_id: 'text', markdown: 'text', updated_by: 'text', updated_at: 'text' } },
  direction_versions: { key: ['id'], columns: { organization_id: 'organization', id: 'text', cycle_id: 'text', version: 'number', markdown: 'text', published_by: 'text', published_at: 'text' } },
  direction_comments: { key: ['id'], columns: { organization_id: 'organization', id: 'text', cycle_id: 'text', version_id: 'text?', person_id: 'text', text: 'text', at: 'text' } },
  cycle_events: { key: ['id'], columns: { organization_id: 'organization', id: 'text', cycle_id: 'text', from_state: 'text', to_state: 'text', person_id: 'text', at: 'text', unsettled: 'json' } },
  team_capacities: { key: ['team_id', 'cycle_id'], columns: { organization_id: 'organization', team_id: 'text', cycle_id: 'text', unit: 'text', amount: 'number', updated_by: 'text', updated_at: 'text' } },
  promises: { key: ['id'], columns: { organization_id: 'organization', id: 'text', cycle_id: 'text', customer_type: 'text', customer_id: 'text', title: 'text', due_date: 'text', status: 'text', phase: 'text', awaiting: 'text?', version: 'number', draft: 'json', state: 'json', created_by: 'text', created_at: 'text', updated_at: 'text', size: 'number?', direction_version_id: 'text?', carried_from_id: 'text?', reply_by: 'text?' } },
  promise_performers: { key: ['promise_id', 'party_type', 'party_id'], columns: { organization_id: 'organization', promise_id: 'text', party_type: 'text', party_id: 'text', position: 'number' } },
  promise_tags: { key: ['promise_id', 'tag'], columns: { organization_id: 'organization', promise_id: 'text', tag: 'text' } },
  promise_moves: { key: ['id'], columns: { organization_id: 'organization', id: 'text', promise_id: 'text', seq: 'number', act: 'text', by_participant: 'text', person_id: 'text', at: 'text', version: 'number', reason: 'json', changes: 'json', text: 'text?', performer_type: 'text?', performer_id: 'text?', reply_by: 'text?' } },
  carry_over_dismissals: { key: ['promise_id', 'person_id'], columns: { organization_id: 'organization', promise_id: 'text', person_id: 'text', at: 'text' } },
  contributions: { key: ['id'], columns: { organization_id: 'organization', id: 'text', from_promise_id: 'text', to_promise_id: 'text', weight: 'number', created_by: 'text', created_at: 'text', removed_at: 'text?', removed_by: 'text?' } },
  dependencies: { key: ['id'], columns: { organization_id: 'organization', id: 'text', promise_id: 'text', supplier_promise_id: 'text?', supplier_team_id: 'text?', state: 'text', note: 'text', reason: 'text?', created_by: 'text', created_at: 'text', answered_by: 'text?', answered_at: 'text?', removed_at: 'text?', removed_by: 'text?', reply_by: 'text?' } },
  check_ins: { key: ['id'], columns: { organization_id: 'organization', id: 'text', promise_id: 'text', person_id: 'text', at: 'text', confidence: 'number', status: 'text', note: 'text', blockers: 'text' } },
  check_in_values: { key: ['check_in_id', 'condition_id'], columns: { organization_id: 'organization', check_in_id: 'text', promise_id: 'text', condition_id: 'text', value: 'decimal?', done: 'number?' } },
  check_in_answers: { key: ['id'], columns: { organization_id: 'organization', id: 'text', check_in_id: 'text', promise_id: 'text', person_id: 'text', kind: 'text', text: 'text', at: 'text' } },
  assessments: { key: ['id'], columns: { organization_id: 'organization', id: 'text', promise_id: 'text', satisfied: 'number', note: 'text', score: 'number?', key_results: 'json', person_id: 'text', at: 'text' } },
  retrospectives: { key: ['id'], columns: { organization_id: 'organization', id: 'text', promise_id: 'text', side: 'text', person_id: 'text', went_well: 'text', to_change: 'text', at: 'text' } },
  review_requests: { key: ['id'], columns: { organization_id: 'organization', id: 'text', promise_id: 'text', reviewer_type: 'text', reviewer_id: 'text', role: 'text', requested_by: 'text', requested_at: 'text', reviewed_by: 'text?', reviewed_at: 'text?' } },
  review_questions: { key: ['id'], columns: { organization_id: 'organization', id: 'text', promise_id: 'text', asked_by: 'text', text: 'text', asked_at: 'text', answer: 'text?', answered_by: 'text?', answered_at: 'text?', resolved_by: 'text?', resolved_at: 'text?' } },
  promise_standings: { key: ['promise_id'], columns: { organization_id: 'organization', promise_id: 'text', score: 'number?', last_check_in_id: 'text?', last_check_in_at: 'text?', last_check_in_status: 'text?', last_confidence: 'number?', agreed_at: 'text?', next_check_in_due: 'text?', assessed_at: 'text?', assessment_score: 'number?', is_satisfied: 'number?' } },
  key_result_latest: { key: ['promise_id', 'condition_id'], columns: { organization_id: 'organization', promise_id: 'text', condition_id: 'text', check_in_id: 'text', at: 'text', value: 'decimal?', done: 'number?' } },
  promise_score_points: { key: ['promise_id', 'check_in_id'], columns: { organization_id: 'organization', promise_id: 'text', check_in_id: 'text', at: 'text', until_at: 'text?', score: 'number?' } },
  cycle_score_days: { key: ['cycle_id', 'day'], columns: { organization_id: 'organization', cycle_id: 'text', day: 'text', total: 'number', counted: 'number' } },
  findings: { key: ['key'], columns: { organization_id: 'organization', key: 'text', code: 'text', severity: 'text', status: 'text', opened_at: 'text', resolved_at: 'text?', resolution: 'text?', dismissed_by: 'text?', dismissed_at: 'text?', dismissed_reason: 'text?', body: 'json', updated_at: 'text' } },
  finding_subjects: { key: ['subject_type', 'subject_id', 'finding_key'], columns: { organization_id: 'organization', subject_type: 'text', subject_id: 'text', finding_key: 'text' } },
  team_first_drafts: { key: ['cycle_id', 'team_id'], columns: { organization_id: 'organization', cycle_id: 'text', team_id: 'text', first_at: 'text' } },
  finding_events: { key: ['id'], columns: { organization_id: 'organization', id: 'text', promise_id: 'text', finding_key: 'text', code: 'text', act: 'text', person_id: 'text', at: 'text', reason: 'text?', message: 'text' } },
  notifications: { key: ['id'], columns: { organization_id: 'organization', id: 'text', person_id: 'text', kind: 'text', title: 'text', promise_id: 'text?', cycle_id: 'text?', dedupe_key: 'text', at: 'text', read_at: 'text?', summary_status: 'text?' } },
  notification_preferences: { key: ['person_id', 'kind'], columns: { organization_id: 'organization', person_id: 'text', kind: 'text', channel: 'text' } },
  saved_views: { key: ['id'], columns: { organization_id: 'organization', id: 'text', person_id: 'text', name: 'text', query: 'json', created_at: 'text' } },
  import_sources: { key: ['source', 'kind', 'source_id'], columns: { organization_id: 'organization', source: 'text', kind: 'text', source_id: 'text', object_id: 'text', digest: 'text', imported_at: 'text' } },
  import_mappings: { key: ['source'], columns: { organization_id: 'organization', source: 'text', mapping: 'json', updated_by: 'text', updated_at: 'text' } },
};

/** The organization's own row: archived apart from the tables, restored onto the target's row. */
export const ORGANIZATION_COLUMNS = [
  'id',
  'name',
  'slug',
  'created_at',
  'direction_weeks_before',
  'drafts_weeks_before',
  'time_zone',
] as const satisfies readonly (keyof Database['organizations'])[];

/**
 * The tables an archive deliberately leaves out, and why. `organizations` is archived on its own;
 * the rest are secrets, sign-in state, outboxes or instance-wide bookkeeping, none of which should
 * follow an organization to another instance.
 */
export const EXCLUDED_TABLES: Readonly<Record<Exclude<keyof Database, ArchivedTableName>, string>> = {
  organizations: 'archived apart, as the archive’s `organization`: a restore keeps the target’s id and slug',
  sessions: 'sign-in state: people sign in again on the instance the archive is restored on',
  api_tokens: 'secrets (token hashes): people make new tokens where the archive is restored',
  invitations: 'pending links carry secret token hashes; whoever still needs to join is invited again',
  jobs: 'progress of long-running work on this instance',
  rate_limit_hits: 'instance-wide counters of sign-in attempts',
  job_runs: 'instance-wide slots of the periodic jobs',
  calendar_feeds: 'secret addresses: each person makes a new one',
  webhook_subscriptions:
    'signing secrets and receivers: a restored copy must not start sending events on its own; admins add them again',
  webhook_deliveries: 'the outbox of the subscriptions above',
  email_outbox: 'emails waiting to be sent from this instance',
  instance_email_outbox: 'emails of sign-ups, which belong to no organization, waiting to be sent',
  check_in_links: 'single-use secret links that expire within days',
  account_links: 'single-use secret links (password resets, email changes) that expire within a day',
  pending_sign_ups:
    'sign-ups waiting for their emailed link, which expire within a day: an account of the instance, not of an organization',
  finding_passes: 'when this instance last computed the findings: the restored instance computes them again',
  sso_providers:
    'a client secret, and a redirect address registered for this instance: admins set single sign-on up again',
  sso_identities:
    'instance-wide links from a provider’s subjects to accounts, made again at the first sign-in',
  sso_sign_ins: 'sign-ins in progress, which expire within minutes',
  scim_tokens: 'secrets (token hashes): the identity provider is connected again with a new token',
  scim_users:
    'the identity provider’s view of its users, pushed again when it is connected to the new instance',
  scim_groups:
    'the identity provider’s view of its groups, pushed again when it is connected to the new instance',
  daily_summaries: 'bookkeeping of the summaries this instance has emailed',
  weekly_digests: 'bookkeeping of the digests this instance has emailed',
  search_entries: 'the search index, which triggers rebuild from the restored promises, people and teams',
};
