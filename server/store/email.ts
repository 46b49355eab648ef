import type { Db } from './database.js';
import type { Dialect } from './dialect.js';
import type { EmailOutboxTable, InstanceEmailOutboxTable, NotificationPreferencesTable } from './schema.js';

export async function insertEmails(db: Db, rows: EmailOutboxTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('email_outbox').values(rows).execute();
}

/** Leases due emails like the webhook outbox (see leaseDueDeliveries). */
export async function leaseDueEmails(
  db: Db,
  dialect: Dialect,
  options: {
    now: string;
    leaseUntil: string;
    worker: string;
    limit: number;
    organizationIds?: readonly string[] | undefined;
  },
): Promise<EmailOutboxTable[]> {
  let due = db
    .selectFrom('email_outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', options.now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', options.now)]))
    .orderBy('next_attempt_at')
    .limit(options.limit);
  if (options.organizationIds) {
    due = due.where('organization_id', 'in', options.organizationIds.length ? options.organizationIds : ['']);
  }
  if (dialect.engine === 'postgres') due = due.forUpdate().skipLocked();
  return db
    .updateTable('email_outbox')
    .set({ lease_until: options.leaseUntil, leased_by: options.worker })
    .where('id', 'in', due)
    .where('status', '=', 'pending')
    .returningAll()
    .execute();
}

export async function updateEmail(
  db: Db,
  organizationId: string,
  id: string,
  changes: Partial<Omit<EmailOutboxTable, 'organization_id' | 'id'>>,
): Promise<void> {
  await db
    .updateTable('email_outbox')
    .set(changes)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function insertInstanceEmail(db: Db, row: InstanceEmailOutboxTable): Promise<void> {
  await db.insertInto('instance_email_outbox').values(row).execute();
}

/** Leases the due emails of the instance (a sign-up's), like leaseDueEmails an organization's. */
export async function leaseDueInstanceEmails(
  db: Db,
  dialect: Dialect,
  options: { now: string; leaseUntil: string; worker: string; limit: number },
): Promise<InstanceEmailOutboxTable[]> {
  let due = db
    .selectFrom('instance_email_outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', options.now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', options.now)]))
    .orderBy('next_attempt_at')
    .limit(options.limit);
  if (dialect.engine === 'postgres') due = due.forUpdate().skipLocked();
  return db
    .updateTable('instance_email_outbox')
    .set({ lease_until: options.leaseUntil, leased_by: options.worker })
    .where('id', 'in', due)
    .where('status', '=', 'pending')
    .returningAll()
    .execute();
}

export async function updateInstanceEmail(
  db: Db,
  id: string,
  changes: Partial<Omit<InstanceEmailOutboxTable, 'id'>>,
): Promise<void> {
  await db.updateTable('instance_email_outbox').set(changes).where('id', '=', id).execute();
}

/** The email an unsubscribe link came in, whichever organization it is of. */
export async function findEmailByUnsubscribeHash(
  db: Db,
  hash: string,
): Promise<EmailOutboxTable | undefined> {
  return db.selectFrom('email_outbox').selectAll().where('unsubscribe_hash', '=', hash).executeTakeFirst();
}

export async function listPreferences(
  db: Db,
  organizationId: string,
  personId: string,
): Promise<NotificationPreferencesTable[]> {
  return db
    .selectFrom('notification_preferences')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .execute();
}

/** The chosen channels of one kind for these people (those who chose nothing are absent). */
export async function preferencesOfKind(
  db: Db,
  organizationId: string,
  personIds: readonly string[],
  kind: string,
): Promise<NotificationPreferencesTable[]> {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('notification_preferences')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .where('person_id', 'in', personIds)
    .execute();
}

export async function savePreference(db: Db, row: NotificationPreferencesTable): Promise<void> {
  await db
    .insertInto('notification_preferences')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['organization_id', 'person_id', 'kind']).doUpdateSet({ channel: row.channel }),
    )
    .execute();
}

/** The email addresses and names of these people. */
export async function addressesOf(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db.selectFrom('people').select(['id', 'email', 'name']).where('id', 'in', personIds).execute();
}
