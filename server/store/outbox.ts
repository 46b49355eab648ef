import { type AliasedSelectQueryBuilder, sql } from 'kysely';
import type { Db } from './database.js';
import { countOf, type Page, type PageOf } from './pages.js';

export type OutboxRowState = 'waiting' | 'retrying' | 'failed';
export type OutboxRowKind = 'email' | 'webhook';

/** One email or webhook delivery of the outbox page, as both tables have it. */
export interface OutboxRow {
  kind: OutboxRowKind;
  id: string;
  state: OutboxRowState;
  summary: string;
  recipient: string;
  webhook_id: string | null;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
}

/** waiting (never tried), retrying (tried, due again), failed (given up), from status and attempts. */
const STATE = sql<OutboxRowState>`case when status = 'failed' then 'failed' when attempts = 0 then 'waiting' else 'retrying' end`;

/** The open rows (pending or failed) of one organization in both outboxes, as one table. */
function openRows(
  db: Db,
  organizationId: string,
  kind: OutboxRowKind | undefined,
): AliasedSelectQueryBuilder<OutboxRow, 'outbox'> {
  const emails = db
    .selectFrom('email_outbox')
    .where('organization_id', '=', organizationId)
    .where('status', 'in', ['pending', 'failed'])
    .select([
      sql<OutboxRowKind>`'email'`.as('kind'),
      'id',
      STATE.as('state'),
      'subject as summary',
      'to_address as recipient',
      sql<string | null>`null`.as('webhook_id'),
      'created_at',
      'attempts',
      'next_attempt_at',
      'last_error',
    ]);
  const deliveries = db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_subscriptions as s', (join) =>
      join.onRef('s.organization_id', '=', 'd.organization_id').onRef('s.id', '=', 'd.subscription_id'),
    )
    .where('d.organization_id', '=', organizationId)
    .where('d.status', 'in', ['pending', 'failed'])
    .select([
      sql<OutboxRowKind>`'webhook'`.as('kind'),
      'd.id',
      STATE.as('state'),
      'd.event_type as summary',
      's.url as recipient',
      'd.subscription_id as webhook_id',
      'd.created_at',
      'd.attempts',
      'd.next_attempt_at',
      'd.last_error',
    ]);
  const chosen = kind === 'email' ? emails : kind === 'webhook' ? deliveries : emails.unionAll(deliveries);
  return chosen.$castTo<OutboxRow>().as('outbox');
}

/**
 * A page of one organization's outbox (emails and webhook deliveries not sent), newest first, with
 * how many items each state has (of `kind`, whatever `state` is asked for).
 */
export async function pageOutbox(
  db: Db,
  organizationId: string,
  filter: { state?: OutboxRowState | undefined; kind?: OutboxRowKind | undefined },
  page: Page,
): Promise<PageOf<OutboxRow> & { counts: Record<OutboxRowState, number> }> {
  const all = db.selectFrom(openRows(db, organizationId, filter.kind));
  const chosen = filter.state ? all.where('state', '=', filter.state) : all;
  const [rows, count, byState] = await Promise.all([
    chosen
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    chosen.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    all
      .select((eb) => ['state', eb.fn.countAll<number>().as('n')])
      .groupBy('state')
      .execute(),
  ]);
  const counts = { waiting: 0, retrying: 0, failed: 0 };
  for (const row of byState) counts[row.state] = countOf(row);
  return { rows, total: countOf(count), counts };
}

/** One open item of the organization's outbox, or undefined (sent, another's, or no such id). */
export async function findOutboxRow(
  db: Db,
  organizationId: string,
  kind: OutboxRowKind,
  id: string,
): Promise<OutboxRow | undefined> {
  return db
    .selectFrom(openRows(db, organizationId, kind))
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Makes an open item due at `now`, a failed one pending again; answers whether there was one. A
 * lease is left as it is: an item being sent now is not handed to a second worker.
 */
export async function makeOutboxRowDue(
  db: Db,
  organizationId: string,
  kind: OutboxRowKind,
  id: string,
  now: string,
): Promise<boolean> {
  const table = kind === 'email' ? 'email_outbox' : 'webhook_deliveries';
  const result = await db
    .updateTable(table)
    .set({ status: 'pending', next_attempt_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'failed'])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
