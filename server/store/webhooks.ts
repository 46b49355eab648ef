import type { Db } from './database.js';
import type { Dialect } from './dialect.js';
import { countOf, type Page, type PageOf } from './pages.js';
import type { WebhookDeliveriesTable, WebhookSubscriptionsTable } from './schema.js';

export async function insertSubscription(db: Db, row: WebhookSubscriptionsTable): Promise<void> {
  await db.insertInto('webhook_subscriptions').values(row).execute();
}

export async function findSubscription(
  db: Db,
  organizationId: string,
  id: string,
): Promise<WebhookSubscriptionsTable | undefined> {
  return db
    .selectFrom('webhook_subscriptions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export async function pageSubscriptions(
  db: Db,
  organizationId: string,
  page: Page,
): Promise<PageOf<WebhookSubscriptionsTable>> {
  const query = db
    .selectFrom('webhook_subscriptions')
    .where('organization_id', '=', organizationId)
    .where('removed_at', 'is', null);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('created_at').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: countOf(count) };
}

/** The subscriptions that are sent events: not removed, not disabled. An organization has a few. */
export async function listEnabledSubscriptions(
  db: Db,
  organizationId: string,
): Promise<WebhookSubscriptionsTable[]> {
  return db
    .selectFrom('webhook_subscriptions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('removed_at', 'is', null)
    .where('disabled_at', 'is', null)
    .execute();
}

export async function updateSubscription(
  db: Db,
  organizationId: string,
  id: string,
  changes: Partial<Omit<WebhookSubscriptionsTable, 'organization_id' | 'id'>>,
): Promise<void> {
  await db
    .updateTable('webhook_subscriptions')
    .set(changes)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function insertDeliveries(db: Db, rows: WebhookDeliveriesTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('webhook_deliveries').values(rows).execute();
}

export async function pageDeliveries(
  db: Db,
  organizationId: string,
  subscriptionId: string,
  page: Page,
): Promise<PageOf<WebhookDeliveriesTable>> {
  const query = db
    .selectFrom('webhook_deliveries')
    .where('organization_id', '=', organizationId)
    .where('subscription_id', '=', subscriptionId);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: countOf(count) };
}

export async function findDelivery(
  db: Db,
  organizationId: string,
  subscriptionId: string,
  id: string,
): Promise<WebhookDeliveriesTable | undefined> {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('subscription_id', '=', subscriptionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateDelivery(
  db: Db,
  organizationId: string,
  id: string,
  changes: Partial<Omit<WebhookDeliveriesTable, 'organization_id' | 'id'>>,
): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set(changes)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

/**
 * Leases up to `limit` due deliveries to `worker` until `leaseUntil`, across organizations (or only
 * the named ones: tests share a PostgreSQL database). On PostgreSQL concurrent workers skip each
 * other's rows (FOR UPDATE SKIP LOCKED); SQLite has one writer at a time, so the update is atomic.
 * A lease that ran out (its worker died) makes the delivery due again.
 */
export async function leaseDueDeliveries(
  db: Db,
  dialect: Dialect,
  options: {
    now: string;
    leaseUntil: string;
    worker: string;
    limit: number;
    organizationIds?: readonly string[] | undefined;
  },
): Promise<WebhookDeliveriesTable[]> {
  let due = db
    .selectFrom('webhook_deliveries')
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
    .updateTable('webhook_deliveries')
    .set({ lease_until: options.leaseUntil, leased_by: options.worker })
    .where('id', 'in', due)
    .where('status', '=', 'pending')
    .returningAll()
    .execute();
}
