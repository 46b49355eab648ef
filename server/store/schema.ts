import type { Role } from '../../contract/common.js';

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
}

export interface OrganizationsTable {
  id: string;
  name: string;
  slug: string;
  created_at: string;
}

/** Accounts are global: one person may belong to several organizations. */
export interface PeopleTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: string;
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
