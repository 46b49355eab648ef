import type { Db } from './database.js';
import type { OrganizationsTable, SsoIdentitiesTable, SsoProvidersTable, SsoSignInsTable } from './schema.js';

export async function findSsoProvider(
  db: Db,
  organizationId: string,
): Promise<SsoProvidersTable | undefined> {
  return db
    .selectFrom('sso_providers')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
}

/** The providers of the given organizations (a person's, for the require-SSO check): at most one each. */
export async function listSsoProvidersOf(
  db: Db,
  organizationIds: readonly string[],
): Promise<SsoProvidersTable[]> {
  if (organizationIds.length === 0) return [];
  return db.selectFrom('sso_providers').selectAll().where('organization_id', 'in', organizationIds).execute();
}

export async function saveSsoProvider(db: Db, row: SsoProvidersTable): Promise<void> {
  const { organization_id: _, ...changes } = row;
  await db
    .insertInto('sso_providers')
    .values(row)
    .onConflict((conflict) => conflict.column('organization_id').doUpdateSet(changes))
    .execute();
}

export async function deleteSsoProvider(db: Db, organizationId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('sso_providers')
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function findOrganizationBySlug(db: Db, slug: string): Promise<OrganizationsTable | undefined> {
  return db.selectFrom('organizations').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findSsoIdentity(
  db: Db,
  issuer: string,
  subject: string,
): Promise<SsoIdentitiesTable | undefined> {
  return db
    .selectFrom('sso_identities')
    .selectAll()
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

export async function insertSsoIdentity(db: Db, row: SsoIdentitiesTable): Promise<void> {
  await db.insertInto('sso_identities').values(row).execute();
}

export async function insertSsoSignIn(db: Db, row: SsoSignInsTable): Promise<void> {
  await db.insertInto('sso_sign_ins').values(row).execute();
}

/** Sign-ins abandoned before `now`, a bounded batch at a time so that no start pays for many. */
export async function deleteExpiredSsoSignIns(db: Db, now: string): Promise<void> {
  const expired = db.selectFrom('sso_sign_ins').select('id').where('expires_at', '<', now).limit(50);
  await db.deleteFrom('sso_sign_ins').where('id', 'in', expired).execute();
}

/**
 * Takes the sign-in the cookie names, whether or not it has expired: it is gone afterwards, so a
 * callback (or a replay of it) finds it at most once.
 */
export async function takeSsoSignIn(db: Db, id: string): Promise<SsoSignInsTable | undefined> {
  return db.deleteFrom('sso_sign_ins').where('id', '=', id).returningAll().executeTakeFirst();
}
