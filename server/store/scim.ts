import { sql } from 'kysely';
import type { Db } from './database.js';
import { type Page, type PageOf, pageOf } from './pages.js';
import type { ScimGroupsTable, ScimTokensTable, ScimUsersTable, TeamsTable } from './schema.js';

/* Tokens: an organization's bearer secrets for its identity provider. */

export async function insertScimToken(db: Db, row: ScimTokensTable): Promise<void> {
  await db.insertInto('scim_tokens').values(row).execute();
}

/** The live token with this hash, whichever organization it provisions: the secret names it. */
export async function findScimTokenByHash(db: Db, hash: string): Promise<ScimTokensTable | undefined> {
  return db
    .selectFrom('scim_tokens')
    .selectAll()
    .where('token_hash', '=', hash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** A page of an organization's live SCIM tokens, newest first, and how many it has. */
export async function pageScimTokens(
  db: Db,
  organizationId: string,
  page: Page,
): Promise<PageOf<ScimTokensTable>> {
  const query = db
    .selectFrom('scim_tokens')
    .where('organization_id', '=', organizationId)
    .where('revoked_at', 'is', null);
  return pageOf(query, (q) => q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc'), page);
}

export async function findLiveScimToken(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('scim_tokens')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function updateScimToken(
  db: Db,
  organizationId: string,
  id: string,
  changes: Partial<Pick<ScimTokensTable, 'last_used_at' | 'revoked_at'>>,
): Promise<void> {
  await db
    .updateTable('scim_tokens')
    .set(changes)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

/* Users: the organization's people as its provider sees them. */

export interface ScimUserRow {
  person_id: string;
  email: string;
  name: string;
  role: string;
  joined_at: string;
  removed_at: string | null;
  external_id: string | null;
  given_name: string | null;
  family_name: string | null;
  formatted_name: string | null;
  display_name: string | null;
  manager_id: string | null;
  owns_account: number | null;
  updated_at: string | null;
}

export interface ScimUserFilter {
  personId?: string;
  email?: string;
  externalId?: string;
}

/**
 * The SCIM users of an organization: its current members, and the former ones its provider still
 * manages (deactivated: their membership is removed, their SCIM row kept).
 */
function scimUsers(db: Db, organizationId: string, filter: ScimUserFilter) {
  let query = db
    .selectFrom('memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin('scim_users as s', (join) =>
      join.onRef('s.organization_id', '=', 'm.organization_id').onRef('s.person_id', '=', 'm.person_id'),
    )
    .where('m.organization_id', '=', organizationId)
    .where((eb) => eb.or([eb('m.removed_at', 'is', null), eb('s.person_id', 'is not', null)]));
  if (filter.personId !== undefined) query = query.where('m.person_id', '=', filter.personId);
  if (filter.email !== undefined) query = query.where('p.email', '=', filter.email);
  if (filter.externalId !== undefined) query = query.where('s.external_id', '=', filter.externalId);
  return query;
}

const scimUserColumns = [
  'm.person_id',
  'p.email',
  'p.name',
  'm.role',
  'm.joined_at',
  'm.removed_at',
  's.external_id',
  's.given_name',
  's.family_name',
  's.formatted_name',
  's.display_name',
  's.manager_id',
  's.owns_account',
  's.updated_at',
] as const;

/** A page of the SCIM users matching the filter, by person id (the membership's key), and how many match. */
export async function pageScimUsers(
  db: Db,
  organizationId: string,
  filter: ScimUserFilter,
  page: Page,
): Promise<PageOf<ScimUserRow>> {
  const query = scimUsers(db, organizationId, filter);
  return pageOf(query, (q) => q.select(scimUserColumns).orderBy('m.person_id'), page);
}

export async function findScimUser(db: Db, organizationId: string, personId: string) {
  return scimUsers(db, organizationId, { personId }).select(scimUserColumns).executeTakeFirst();
}

export async function findScimUserRow(db: Db, organizationId: string, personId: string) {
  return db
    .selectFrom('scim_users')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function upsertScimUser(db: Db, row: ScimUsersTable): Promise<void> {
  const { organization_id: _, person_id: __, created_at: ___, ...changes } = row;
  await db
    .insertInto('scim_users')
    .values(row)
    .onConflict((oc) => oc.columns(['organization_id', 'person_id']).doUpdateSet(changes))
    .execute();
}

export async function deleteScimUser(db: Db, organizationId: string, personId: string): Promise<void> {
  await db
    .deleteFrom('scim_users')
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .execute();
}

/** The account's name and email, changed only for an account the organization's provider made. */
export async function updateProvisionedAccount(
  db: Db,
  personId: string,
  changes: { name: string; email: string },
): Promise<void> {
  await db.updateTable('people').set(changes).where('id', '=', personId).execute();
}

/**
 * Ends a person's access to one organization at once: their sessions in it are deleted and their
 * API tokens made there revoked. Returns what was ended, for the caches to forget.
 */
export async function endAccessInOrganization(
  db: Db,
  organizationId: string,
  personId: string,
  at: string,
): Promise<{ sessionIds: string[]; tokenHashes: string[] }> {
  const [sessions, tokens] = await Promise.all([
    db
      .selectFrom('sessions')
      .select('id')
      .where('person_id', '=', personId)
      .where('organization_id', '=', organizationId)
      .execute(),
    db
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .where('revoked_at', 'is', null)
      .execute(),
  ]);
  if (sessions.length > 0) {
    await db
      .deleteFrom('sessions')
      .where('person_id', '=', personId)
      .where('organization_id', '=', organizationId)
      .execute();
  }
  if (tokens.length > 0) {
    await db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .where('revoked_at', 'is', null)
      .execute();
  }
  return { sessionIds: sessions.map((s) => s.id), tokenHashes: tokens.map((t) => t.token_hash) };
}

/* Groups: the organization's teams that are not archived. */

export type ScimGroupRow = TeamsTable & { external_id: string | null; updated_at: string | null };

export interface ScimGroupFilter {
  teamId?: string;
  displayName?: string;
  externalId?: string;
  /** Only the groups this person is a member of. */
  memberId?: string;
}

function scimGroups(db: Db, organizationId: string, filter: ScimGroupFilter) {
  let query = db
    .selectFrom('teams as t')
    .leftJoin('scim_groups as g', (join) =>
      join.onRef('g.organization_id', '=', 't.organization_id').onRef('g.team_id', '=', 't.id'),
    )
    .where('t.organization_id', '=', organizationId)
    .where('t.archived_at', 'is', null);
  if (filter.teamId !== undefined) query = query.where('t.id', '=', filter.teamId);
  if (filter.displayName !== undefined) {
    const name = filter.displayName.toLowerCase();
    query = query.where(sql<string>`lower(t.name)`, '=', name);
  }
  if (filter.externalId !== undefined) query = query.where('g.external_id', '=', filter.externalId);
  const memberId = filter.memberId;
  if (memberId !== undefined) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('team_members as tm')
          .select('tm.person_id')
          .whereRef('tm.organization_id', '=', 't.organization_id')
          .whereRef('tm.team_id', '=', 't.id')
          .where('tm.person_id', '=', memberId),
      ),
    );
  }
  return query;
}

/** A page of the groups matching the filter, by team id, and how many match. */
export async function pageScimGroups(
  db: Db,
  organizationId: string,
  filter: ScimGroupFilter,
  page: Page,
): Promise<PageOf<ScimGroupRow>> {
  const query = scimGroups(db, organizationId, filter);
  return pageOf(
    query,
    (q) => q.selectAll('t').select(['g.external_id', 'g.updated_at']).orderBy('t.id'),
    page,
  );
}

export async function findScimGroup(db: Db, organizationId: string, teamId: string) {
  return scimGroups(db, organizationId, { teamId })
    .selectAll('t')
    .select(['g.external_id', 'g.updated_at'])
    .executeTakeFirst();
}

export async function upsertScimGroup(db: Db, row: ScimGroupsTable): Promise<void> {
  await db
    .insertInto('scim_groups')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['organization_id', 'team_id'])
        .doUpdateSet({ external_id: row.external_id, updated_at: row.updated_at }),
    )
    .execute();
}

export async function deleteScimGroup(db: Db, organizationId: string, teamId: string): Promise<void> {
  await db
    .deleteFrom('scim_groups')
    .where('organization_id', '=', organizationId)
    .where('team_id', '=', teamId)
    .execute();
}

/** Every person in a team, current members of the organization or not: a group's members are few. */
export async function listTeamMemberIds(db: Db, organizationId: string, teamId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('team_members')
    .select('person_id')
    .where('organization_id', '=', organizationId)
    .where('team_id', '=', teamId)
    .execute();
  return rows.map((row) => row.person_id);
}

/** Which of these people have a current membership in the organization. */
export async function currentMemberIds(
  db: Db,
  organizationId: string,
  personIds: readonly string[],
): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('memberships')
    .select('person_id')
    .where('organization_id', '=', organizationId)
    .where('person_id', 'in', [...new Set(personIds)])
    .where('removed_at', 'is', null)
    .execute();
  return new Set(rows.map((row) => row.person_id));
}
