import type { Role } from '../../core/organization/roles.js';
import type { CapacityUnit, CycleState, DependencyState, ReviewRole } from '../../core/planning/index.js';
import type { Participant, Side } from '../../core/promises/index.js';
import type { Cadence, CheckInAnswerKind, CheckInStatus } from '../../core/scoring/index.js';

/**
 * The tables as Kysely sees them. Times are ISO-8601 UTC text on both engines (PostgreSQL stores
 * timestamptz and the pool parses it back to the same text); every tenant table has organization_id.
 */
export interface Database {
  organizations: OrganizationsTable;
  people: PeopleTable;
  memberships: MembershipsTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  invitations: InvitationsTable;
  jobs: JobsTable;
  horizons: HorizonsTable;
  cycles: CyclesTable;
  promises: PromisesTable;
  carry_over_dismissals: CarryOverDismissalsTable;
  promise_performers: PromisePerformersTable;
  promise_tags: PromiseTagsTable;
  promise_moves: PromiseMovesTable;
  contributions: ContributionsTable;
  dependencies: DependenciesTable;
  check_ins: CheckInsTable;
  check_in_values: CheckInValuesTable;
  check_in_answers: CheckInAnswersTable;
  assessments: AssessmentsTable;
  retrospectives: RetrospectivesTable;
  cycle_events: CycleEventsTable;
  direction_drafts: DirectionDraftsTable;
  direction_versions: DirectionVersionsTable;
  direction_comments: DirectionCommentsTable;
  review_requests: ReviewRequestsTable;
  review_questions: ReviewQuestionsTable;
  team_capacities: TeamCapacitiesTable;
  notifications: NotificationsTable;
  rate_limit_hits: RateLimitHitsTable;
  job_runs: JobRunsTable;
  promise_standings: PromiseStandingsTable;
  key_result_latest: KeyResultLatestTable;
  promise_score_points: PromiseScorePointsTable;
  cycle_score_days: CycleScoreDaysTable;
  calendar_feeds: CalendarFeedsTable;
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  email_outbox: EmailOutboxTable;
  instance_email_outbox: InstanceEmailOutboxTable;
  notification_preferences: NotificationPreferencesTable;
  check_in_links: CheckInLinksTable;
  account_links: AccountLinksTable;
  pending_sign_ups: PendingSignUpsTable;
  findings: FindingsTable;
  finding_subjects: FindingSubjectsTable;
  team_first_drafts: TeamFirstDraftsTable;
  finding_events: FindingEventsTable;
  finding_passes: FindingPassesTable;
  sso_providers: SsoProvidersTable;
  sso_identities: SsoIdentitiesTable;
  sso_sign_ins: SsoSignInsTable;
  scim_tokens: ScimTokensTable;
  scim_users: ScimUsersTable;
  scim_groups: ScimGroupsTable;
  daily_summaries: DailySummariesTable;
  weekly_digests: WeeklyDigestsTable;
  search_entries: SearchEntriesTable;
  saved_views: SavedViewsTable;
  import_sources: ImportSourcesTable;
  import_mappings: ImportMappingsTable;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  slug: string;
  created_at: string;
  /** Offsets of the planning timeline, in weeks before a cycle starts. */
  direction_weeks_before: number;
  drafts_weeks_before: number;
  /** IANA zone name: the local hour and day the daily summary and the weekly digest go at. */
  time_zone: string;
}

/** Accounts are global: one person may belong to several organizations. */
export interface PeopleTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: string;
  /** When its person deleted the account (0022); the row stays, as "Former member". */
  deleted_at?: string | null;
}

export interface MembershipsTable {
  organization_id: string;
  person_id: string;
  role: Role;
  title: string;
  joined_at: string;
  /** Removed members keep their row so the history they took part in still names them. */
  removed_at: string | null;
}

export interface TeamsTable {
  organization_id: string;
  id: string;
  name: string;
  description: string;
  created_at: string;
  archived_at: string | null;
  /** 0 or 1: a leadership team writes the direction document. */
  is_leadership: number;
}

export interface TeamMembersTable {
  organization_id: string;
  team_id: string;
  person_id: string;
  role: 'lead' | 'member';
  added_at: string;
}

export interface SessionsTable {
  /** sha256 of the cookie value; the value itself is never stored. */
  id: string;
  person_id: string;
  organization_id: string | null;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface ApiTokensTable {
  organization_id: string;
  id: string;
  person_id: string;
  name: string;
  prefix: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface InvitationsTable {
  organization_id: string;
  id: string;
  email: string;
  role: Role;
  token_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface JobsTable {
  id: string;
  organization_id: string | null;
  kind: string;
  status: 'running' | 'succeeded' | 'failed';
  done: number;
  total: number;
  step: string;
  error: string | null;
  result: string | null;
  created_at: string;
  updated_at: string;
}

export interface HorizonsTable {
  organization_id: string;
  id: string;
  key: string;
  name: string;
  months: number | null;
  days: number | null;
  /** 0 or 1: booleans are integers on both engines. */
  is_default: number;
  created_at: string;
}

export interface CyclesTable {
  organization_id: string;
  id: string;
  name: string;
  horizon_id: string;
  parent_id: string | null;
  start_date: string;
  end_date: string;
  state: CycleState;
  check_in_cadence: Cadence;
  created_at: string;
  /** Set while a closed cycle is archived: hidden from the pickers and lists, still readable. */
  archived_at: string | null;
}

export type PartyType = 'person' | 'team';

export interface PromisesTable {
  organization_id: string;
  id: string;
  cycle_id: string;
  customer_type: PartyType;
  customer_id: string;
  title: string;
  due_date: string;
  status: string;
  phase: string;
  awaiting: Side | null;
  version: number;
  /** JSON: the draft the conversation was opened from (PromiseState). */
  draft: unknown;
  /** JSON: the current PromiseState, the fold of the moves. */
  state: unknown;
  created_by: string;
  created_at: string;
  updated_at: string;
  /** Points, when the performing team sizes its promises against a capacity in points. */
  size: number | null;
  /** The published direction document this promise cites. */
  direction_version_id: string | null;
  /** The promise of a closed cycle this one carries into its cycle (migration 0015). */
  carried_from_id: string | null;
  /** The date the pending ask is to be answered by (0032): the projection of `state.replyBy`. */
  reply_by: string | null;
}

export interface CarryOverDismissalsTable {
  organization_id: string;
  promise_id: string;
  person_id: string;
  at: string;
}

export interface PromisePerformersTable {
  organization_id: string;
  promise_id: string;
  party_type: PartyType;
  party_id: string;
  position: number;
}

export interface PromiseTagsTable {
  organization_id: string;
  promise_id: string;
  tag: string;
}

export interface PromiseMovesTable {
  organization_id: string;
  id: string;
  promise_id: string;
  seq: number;
  act: string;
  by_participant: Participant;
  person_id: string;
  at: string;
  version: number;
  reason: unknown;
  changes: unknown;
  text: string | null;
  /** The performer a move by the performing side was made for (0014); null otherwise. */
  performer_type: PartyType | null;
  performer_id: string | null;
  /** The date an opening move asked for its answer by (0032); null when it asked for none. */
  reply_by: string | null;
}

export interface ContributionsTable {
  organization_id: string;
  id: string;
  from_promise_id: string;
  to_promise_id: string;
  weight: number;
  created_by: string;
  created_at: string;
  /** When the contribution was removed, and by whom: a removed link is kept, as history. */
  removed_at: string | null;
  removed_by: string | null;
}

export interface DependenciesTable {
  organization_id: string;
  id: string;
  promise_id: string;
  supplier_promise_id: string | null;
  supplier_team_id: string | null;
  state: DependencyState;
  note: string;
  reason: string | null;
  created_by: string;
  created_at: string;
  answered_by: string | null;
  answered_at: string | null;
  /** The day the supplier is asked to acknowledge or decline by (0041), if any. */
  reply_by: string | null;
  /** When the dependency was removed, and by whom: a removed link is kept, as history. */
  removed_at: string | null;
  removed_by: string | null;
}

export interface CheckInsTable {
  organization_id: string;
  id: string;
  promise_id: string;
  person_id: string;
  at: string;
  confidence: number;
  status: CheckInStatus;
  note: string;
  blockers: string;
}

export interface CheckInValuesTable {
  organization_id: string;
  check_in_id: string;
  promise_id: string;
  condition_id: string;
  /** Decimal text on SQLite, numeric on PostgreSQL (read back as text): exact either way. */
  value: string | null;
  /** 0 or 1 for milestones. */
  done: number | null;
}

export interface CheckInAnswersTable {
  organization_id: string;
  id: string;
  check_in_id: string;
  promise_id: string;
  person_id: string;
  kind: CheckInAnswerKind;
  text: string;
  at: string;
}

export interface AssessmentsTable {
  organization_id: string;
  id: string;
  promise_id: string;
  satisfied: number;
  note: string;
  score: number | null;
  /** JSON: each key result's final value and score when the customer assessed. */
  key_results: unknown;
  person_id: string;
  at: string;
}

export interface RetrospectivesTable {
  organization_id: string;
  id: string;
  promise_id: string;
  side: Side;
  person_id: string;
  went_well: string;
  to_change: string;
  at: string;
}

export interface CycleEventsTable {
  organization_id: string;
  id: string;
  cycle_id: string;
  from_state: string;
  to_state: string;
  person_id: string;
  at: string;
  /** JSON: the promises still in Q1/Q2 when the plan was approved. */
  unsettled: unknown;
}

export interface DirectionDraftsTable {
  organization_id: string;
  cycle_id: string;
  markdown: string;
  updated_by: string;
  updated_at: string;
}

export interface DirectionVersionsTable {
  organization_id: string;
  id: string;
  cycle_id: string;
  version: number;
  markdown: string;
  published_by: string;
  published_at: string;
}

export interface DirectionCommentsTable {
  organization_id: string;
  id: string;
  cycle_id: string;
  version_id: string | null;
  person_id: string;
  text: string;
  at: string;
}

export interface ReviewRequestsTable {
  organization_id: string;
  id: string;
  promise_id: string;
  reviewer_type: PartyType;
  reviewer_id: string;
  role: ReviewRole;
  requested_by: string;
  requested_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

export interface ReviewQuestionsTable {
  organization_id: string;
  id: string;
  promise_id: string;
  asked_by: string;
  text: string;
  asked_at: string;
  answer: string | null;
  answered_by: string | null;
  answered_at: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
}

export interface TeamCapacitiesTable {
  organization_id: string;
  team_id: string;
  cycle_id: string;
  unit: CapacityUnit;
  amount: number;
  updated_by: string;
  updated_at: string;
}

export interface NotificationsTable {
  organization_id: string;
  id: string;
  person_id: string;
  kind: string;
  title: string;
  promise_id: string | null;
  cycle_id: string | null;
  dedupe_key: string;
  at: string;
  read_at: string | null;
  /** 'pending' until the daily summary that carries it is written, then 'sent'; null: not chosen daily. */
  summary_status?: 'pending' | 'sent' | null;
}

/** Global, not a tenant's: the hits of one rate-limited key in one fixed window (times in epoch ms). */
export interface RateLimitHitsTable {
  key: string;
  window_start: number;
  window_end: number;
  hits: number;
}

/** Global, not a tenant's: one periodic job's time slot, claimed by the one process that runs it. */
export interface JobRunsTable {
  job: string;
  slot: string;
  claimed_by: string;
  claimed_at: string;
  finished_at: string | null;
  outcome: 'succeeded' | 'failed' | null;
}

/** What reads need of a promise's progress, rewritten by every write that changes it (0007). */
export interface PromiseStandingsTable {
  organization_id: string;
  promise_id: string;
  score: number | null;
  last_check_in_id: string | null;
  last_check_in_at: string | null;
  last_check_in_status: CheckInStatus | null;
  last_confidence: number | null;
  agreed_at: string | null;
  /** Null when the promise owes no check-in; stale once now is past it. */
  next_check_in_due: string | null;
  /** The customer's latest assessment: when, the score it recorded, and whether satisfied (0 or 1). */
  assessed_at: string | null;
  assessment_score: number | null;
  is_satisfied: number | null;
}

/** The latest value checked in for each key result of a promise. */
export interface KeyResultLatestTable {
  organization_id: string;
  promise_id: string;
  condition_id: string;
  check_in_id: string;
  at: string;
  value: string | null;
  done: number | null;
}

/** A promise's score from `at` until `until_at` (null: still): one point per check-in, '' at its making. */
export interface PromiseScorePointsTable {
  organization_id: string;
  promise_id: string;
  check_in_id: string;
  at: string;
  until_at: string | null;
  score: number | null;
}

/**
 * What the score points of a cycle's promises change on one UTC day (`YYYY-MM-DD`): the sum of the
 * scores standing and how many stand. A point adds on the day it starts, takes back on the day it ends.
 */
export interface CycleScoreDaysTable {
  organization_id: string;
  cycle_id: string;
  day: string;
  total: number;
  counted: number;
}

/** A person's secret iCalendar address in one organization; only the secret's hash is kept. */
export interface CalendarFeedsTable {
  organization_id: string;
  id: string;
  person_id: string;
  secret_hash: string;
  created_at: string;
  last_read_at: string | null;
  revoked_at: string | null;
}

/** An admin's subscription of a URL to event types; the secret signs every delivery. */
export interface WebhookSubscriptionsTable {
  organization_id: string;
  id: string;
  url: string;
  /** standard: signed Standard Webhooks JSON; slack: a Block Kit message; teams: an Adaptive Card. */
  format: 'standard' | 'slack' | 'teams';
  description: string;
  /** JSON: the event types, e.g. ["promise.moved"]. */
  event_types: string;
  secret: string;
  /** While a rotation overlaps, deliveries are signed with this one too, until the time below. */
  previous_secret: string | null;
  previous_secret_until: string | null;
  created_by: string;
  created_at: string;
  /** Since when every attempt has failed; cleared by a delivery that lands. */
  failing_since: string | null;
  disabled_at: string | null;
  disabled_reason: string | null;
  removed_at: string | null;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** The outbox: one message to one subscription, written with the event, sent by the worker. */
export interface WebhookDeliveriesTable {
  organization_id: string;
  /** Also the `webhook-id` header: the same on every attempt, so receivers can deduplicate. */
  id: string;
  subscription_id: string;
  event_type: string;
  /** The exact body sent: JSON of { type, timestamp, data }. */
  payload: string;
  created_at: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  leased_by: string | null;
  last_attempt_at: string | null;
  last_status_code: number | null;
  last_error: string | null;
  last_duration_ms: number | null;
  delivered_at: string | null;
}

/** An email waiting for (or past) its hand-over to the SMTP server. */
export interface EmailOutboxTable {
  organization_id: string;
  id: string;
  kind: string;
  person_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  /** The hash of the token of its one-click unsubscribe link, when it has one. */
  unsubscribe_hash: string | null;
  /** The one-click unsubscribe address for the List-Unsubscribe header (RFC 8058). */
  list_unsubscribe: string | null;
  created_at: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  leased_by: string | null;
  last_error: string | null;
  sent_at: string | null;
}

/**
 * An email of the instance rather than of an organization (a sign-up's), leased and retried like
 * email_outbox's (0049). Its bodies are emptied once it is sent or given up: they carry a secret link.
 */
export type InstanceEmailOutboxTable = Omit<
  EmailOutboxTable,
  'organization_id' | 'person_id' | 'unsubscribe_hash' | 'list_unsubscribe'
>;

/** Where a person's notifications of one kind go, when not where they go by default. */
export interface NotificationPreferencesTable {
  organization_id: string;
  person_id: string;
  kind: string;
  channel: 'app' | 'email' | 'daily' | 'off';
}

/** One person's daily summary of one local day: written with the email, so a day has one. */
export interface DailySummariesTable {
  organization_id: string;
  person_id: string;
  /** The organization's local date, YYYY-MM-DD. */
  day: string;
  sent_at: string;
  items: number;
}

/** An organization's weekly digest: its content, computed once, and how far it has been sent. */
export interface WeeklyDigestsTable {
  organization_id: string;
  /** The local date of the week's Monday, YYYY-MM-DD. */
  week: string;
  since: string;
  created_at: string;
  /** JSON: the digest's content (DigestContent). */
  content: string;
  /** The id of the last person sent it, recipients going by id; null before the first. */
  sent_through: string | null;
  recipients: number;
  finished_at: string | null;
}

/** A single-use, expiring link for one person to check in on one promise without signing in. */
export interface CheckInLinksTable {
  organization_id: string;
  id: string;
  token_hash: string;
  person_id: string;
  promise_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A finding of the strategy debugger, tracked by its stable key (0016). */
export interface FindingsTable {
  organization_id: string;
  key: string;
  code: string;
  severity: string;
  status: 'open' | 'dismissed' | 'resolved';
  opened_at: string;
  resolved_at: string | null;
  resolution: string | null;
  dismissed_by: string | null;
  dismissed_at: string | null;
  dismissed_reason: string | null;
  /** The finding as last computed (JSON). */
  body: unknown;
  updated_at: string;
}

/** What a finding concerns, one row per person, team and cycle: how findings are filtered. */
export interface FindingSubjectsTable {
  organization_id: string;
  subject_type: 'person' | 'team' | 'cycle' | 'promise';
  subject_id: string;
  finding_key: string;
}

/** When a team first performed a promise of a cycle, drafts included (migration 0037). */
export interface TeamFirstDraftsTable {
  organization_id: string;
  cycle_id: string;
  team_id: string;
  first_at: string;
}

/** A finding dismissed, or its dismissal undone, in the history of a promise it concerns (0047). */
export interface FindingEventsTable {
  organization_id: string;
  id: string;
  promise_id: string;
  finding_key: string;
  code: string;
  act: 'dismissed' | 'undismissed';
  person_id: string;
  at: string;
  reason: string | null;
  message: string;
}

/** When an organization's findings were last computed from its plan. */
export interface FindingPassesTable {
  organization_id: string;
  tracked_at: string;
}

/** An organization's OpenID Connect provider (migration 0024). */
export interface SsoProvidersTable {
  organization_id: string;
  name: string;
  issuer: string;
  client_id: string;
  client_secret: string;
  /** Comma-separated, lower case. */
  allowed_domains: string;
  default_role: Role;
  require_sso: number;
  updated_at: string;
}

/** A provider's subject, signed in once, and the person it is. */
export interface SsoIdentitiesTable {
  issuer: string;
  subject: string;
  person_id: string;
  created_at: string;
}

/** A sign-in between its start and the provider's callback; id is the hash of the browser's cookie. */
export interface SsoSignInsTable {
  id: string;
  organization_id: string;
  state: string;
  nonce: string;
  code_verifier: string;
  created_at: string;
  expires_at: string;
}

/** A bearer token an identity provider provisions one organization with (SCIM); only its hash is kept. */
export interface ScimTokensTable {
  organization_id: string;
  id: string;
  name: string;
  prefix: string;
  token_hash: string;
  created_by: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** What a provider says of a person it manages in one organization, beyond the account. */
export interface ScimUsersTable {
  organization_id: string;
  person_id: string;
  external_id: string | null;
  given_name: string;
  family_name: string;
  formatted_name: string;
  display_name: string;
  /** The person id of their manager (the Enterprise User extension), as the provider sent it. */
  manager_id: string | null;
  /** 0 or 1: the provider made the account, so it may change the account's name and email. */
  owns_account: number;
  created_at: string;
  updated_at: string;
}

/** A team a provider manages as a SCIM group. */
export interface ScimGroupsTable {
  organization_id: string;
  team_id: string;
  external_id: string | null;
  updated_at: string;
}

/** An emailed link acting on an account without a session: a password reset or an email confirmation (0022). */
/** A sign-up waiting for its address's owner to follow the emailed link (0036). */
export interface PendingSignUpsTable {
  id: string;
  token_hash: string;
  email: string;
  password_hash: string;
  name: string;
  organization_name: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}
export interface AccountLinksTable {
  id: string;
  person_id: string;
  purpose: 'password-reset' | 'email-change';
  token_hash: string;
  /** The address an email-change link confirms; null for a password reset. */
  new_email: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}
/** One thing to find (a promise, a person in this organization, a team), kept by triggers (0027). */
export interface SearchEntriesTable {
  organization_id: string;
  kind: 'promise' | 'person' | 'team';
  entity_id: string;
  title: string;
  body: string;
}

/** The promise list's filters saved under a name by one person (0027). */
export interface SavedViewsTable {
  organization_id: string;
  id: string;
  person_id: string;
  name: string;
  /** JSON: the list's query parameters, by name. */
  query: unknown;
  created_at: string;
}
/** What an import wrote for a source's object, by the source's id (0026). */
export interface ImportSourcesTable {
  organization_id: string;
  source: string;
  /** 'promise', 'condition', 'check-in' or 'contribution'. */
  kind: string;
  source_id: string;
  object_id: string;
  /** What the source said when it was last imported, to tell a changed row from an unchanged one. */
  digest: string;
  imported_at: string;
}

/** The column mapping of a spreadsheet last used in an organization, per source (0026). */
export interface ImportMappingsTable {
  organization_id: string;
  source: string;
  mapping: unknown;
  updated_by: string;
  updated_at: string;
}
