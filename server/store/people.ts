import type { Role } from '../../contract/common.js';
import type { Db } from './database.js';
import { type Dialect, isAnyOf } from './dialect.js';
import { countOf, type Page, type PageOf, pageOf } from './pages.js';
import type { MembershipsTable, PeopleTable } from './schema.js';

export async function insertPerson(db: Db, row: PeopleTable): Promise<void> {
  await db.insertInto('people').values(row).execute();
}

export async function findPersonByEmail(db: Db, email: string): Promise<PeopleTable | undefined> {
  return db.selectFrom('people').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findPersonById(db: Db, id: string): Promise<PeopleTable | undefined> {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMembership(db: Db, row: MembershipsTable): Promise<void> {
  await db.insertInto('memberships').values(row).execute();
}

/** Rejoining after removal revives the old row, so history keeps pointing at one membership. */
export async function reviveMembership(
  db: Db,
  organizationId: string,
  personId: string,
  role: Role,
  joinedAt: string,
): Promise<void> {
  await db
    .updateTable('memberships')
    .set({ role, joined_at: joinedAt, removed_at: null })
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .execute();
}

export async function findMembership(
  db: Db,
  organizationId: string,
  personId: string,
): Promise<MembershipsTable | undefined> {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function findActiveMembership(db: Db, organizationId: string, personId: string) {
  const membership = await findMembership(db, organizationId, personId);
  return membership && membership.removed_at === null ? membership : undefined;
}

/** Of the given people, those who are members of the organization now. */
export async function activeMemberIds(
  db: Db,
  organizationId: string,
  personIds: readonly string[],
): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('memberships')
    .select('person_id')
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'person_id', personIds))
    .where('removed_at', 'is', null)
    .execute();
  return rows.map((row) => row.person_id);
}

export interface MemberRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  title: string;
  joined_at: string;
}

type MemberFilter = { q?: string | undefined; personId?: string };

function members(db: Db, dialect: Dialect, organizationId: string, filter: MemberFilter) {
  let query = db
    .selectFrom('memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .where('m.organization_id', '=', organizationId)
    .where('m.removed_at', 'is', null);
  if (filter.personId) query = query.where('p.id', '=', filter.personId);
  if (filter.q) {
    const q = filter.q;
    query = query.where((eb) =>
      eb.or([
        dialect.containsInsensitive(eb.ref('p.name'), q),
        dialect.containsInsensitive(eb.ref('p.email'), q),
      ]),
    );
  }
  return query;
}

const memberColumns = ['p.id', 'p.name', 'p.email', 'm.role', 'm.title', 'm.joined_at'] as const;

/** Every current member matching the filter, by name: for a scope known to be small (one person). */
export async function listMembers(
  db: Db,
  dialect: Dialect,
  organizationId: string,
  filter: MemberFilter = {},
): Promise<MemberRow[]> {
  return members(db, dialect, organizationId, filter)
    .select(memberColumns)
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
}

/** A page of the current members matching the filter, by name then id, and how many match. */
export async function pageMembers(
  db: Db,
  dialect: Dialect,
  organizationId: string,
  filter: MemberFilter,
  page: Page,
): Promise<PageOf<MemberRow>> {
  const query = members(db, dialect, organizationId, filter);
  if (filter.q || filter.personId) {
    return pageOf(query, (q) => q.select(memberColumns).orderBy('p.name').orderBy('p.id'), page);
  }
  // Unfiltered, the total is every current member, counted from memberships_current alone: each
  // membership has its person (a foreign key), so the join to people would only slow the count.
  const [rows, count] = await Promise.all([
    query
      .select(memberColumns)
      .orderBy('p.name')
      .orderBy('p.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom('memberships')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', organizationId)
      .where('removed_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: countOf(count) };
}

export async function updateMembershipRole(
  db: Db,
  organizationId: string,
  personId: string,
  role: Role,
): Promise<void> {
  await db
    .updateTable('memberships')
    .set({ role })
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .execute();
}

export async function markMembershipRemoved(
  db: Db,
  organizationId: string,
  personId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('memberships')
    .set({ removed_at: at })
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .execute();
}

export async function countOwners(db: Db, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'owner')
    .where('removed_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The current owners and admins of an organization: who is told when its integrations fail. */
export async function listManagerIds(db: Db, organizationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('person_id')
    .where('organization_id', '=', organizationId)
    .where('removed_at', 'is', null)
    .where('role', 'in', ['owner', 'admin'])
    .execute();
  return rows.map((row) => row.person_id);
}

export async function updatePerson(
  db: Db,
  id: string,
  changes: Partial<Pick<PeopleTable, 'name' | 'email' | 'password_hash' | 'deleted_at'>>,
): Promise<void> {
  await db.updateTable('people').set(changes).where('id', '=', id).execute();
}

/**
 * The organization an email about a person's own account is filed under in the outbox (every email
 * belongs to one): the one they joined last among those they are in, else the one they left last.
 */
export async function findMailingOrganizationId(db: Db, personId: string): Promise<string | undefined> {
  const latest = (active: boolean) => {
    let query = db.selectFrom('memberships').select('organization_id').where('person_id', '=', personId);
    if (active) query = query.where('removed_at', 'is', null);
    return query.orderBy('joined_at', 'desc').orderBy('organization_id').limit(1).executeTakeFirst();
  };
  return ((await latest(true)) ?? (await latest(false)))?.organization_id;
}
