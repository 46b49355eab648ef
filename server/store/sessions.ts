import type { Role } from '../../contract/common.js';
import type { Db } from './database.js';
import type { SessionsTable } from './schema.js';

// Sessions, API tokens and invitations: the secrets are stored only as sha256 hashes.

export async function insertSession(db: Db, row: SessionsTable): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export async function findLiveSession(db: Db, id: string, now: string): Promise<SessionsTable | undefined> {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', id)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/** A live session with its person and, when it is in one, their membership: one query per request. */
export interface SessionWithPerson {
  session: SessionsTable;
  person: { name: string; email: string };
  /** Null when the session is in no organization, or the person left it. */
  role: Role | null;
}

export async function findLiveSessionWithPerson(
  db: Db,
  id: string,
  now: string,
  /** Sessions not seen since then have ended for being idle. */
  idleCutoff: string,
): Promise<SessionWithPerson | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('people as p', 'p.id', 's.person_id')
    .leftJoin('memberships as m', (join) =>
      join
        .onRef('m.organization_id', '=', 's.organization_id')
        .onRef('m.person_id', '=', 's.person_id')
        .on('m.removed_at', 'is', null),
    )
    .selectAll('s')
    .select(['p.name as person_name', 'p.email as person_email', 'm.role as membership_role'])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', idleCutoff)
    .executeTakeFirst();
  if (!row) return undefined;
  const { person_name, person_email, membership_role, ...session } = row;
  return { session, person: { name: person_name, email: person_email }, role: membership_role ?? null };
}

export async function updateSession(
  db: Db,
  id: string,
  changes: Partial<Pick<SessionsTable, 'organization_id' | 'last_seen_at' | 'expires_at'>>,
): Promise<void> {
  await db.updateTable('sessions').set(changes).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** A person's live sessions, the most recently seen first (a person has a few; 100 at most are shown). */
export async function listLiveSessionsOf(
  db: Db,
  personId: string,
  now: string,
  idleCutoff: string,
): Promise<SessionsTable[]> {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('person_id', '=', personId)
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', idleCutoff)
    .orderBy('last_seen_at', 'desc')
    .orderBy('id')
    .limit(100)
    .execute();
}

/** Ends one of a person's sessions; says whether it was theirs to end. */
export async function deleteSessionOf(db: Db, personId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('sessions')
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Ends every session of a person but `keep`; returns the ids it ended. */
export async function deleteSessionsOfExcept(db: Db, personId: string, keep: string): Promise<string[]> {
  const ended = await db
    .selectFrom('sessions')
    .select('id')
    .where('person_id', '=', personId)
    .where('id', '!=', keep)
    .execute();
  if (ended.length === 0) return [];
  await db.deleteFrom('sessions').where('person_id', '=', personId).where('id', '!=', keep).execute();
  return ended.map((row) => row.id);
}
