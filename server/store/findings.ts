import type { Db } from './database.js';
import type { FindingsTable } from './schema.js';

/**
 * The strategy debugger reads an organization's plan in a few set queries (one each for promises,
 * performers, tags, links, capacities and asks), never one query per promise. The plan is every
 * promise that is not a private draft, in a cycle that is neither closed nor archived: drafts are
 * left out so that no finding ever names one to someone who may not see it.
 */
function planPromises(db: Db, organizationId: string) {
  return db
    .selectFrom('promises as p')
    .innerJoin('cycles as c', (join) =>
      join.onRef('c.organization_id', '=', 'p.organization_id').onRef('c.id', '=', 'p.cycle_id'),
    )
    .where('p.organization_id', '=', organizationId)
    .where('p.status', '!=', 'draft')
    .where('c.state', '!=', 'closed')
    .where('c.archived_at', 'is', null);
}

export async function listPlanPromises(db: Db, organizationId: string) {
  return planPromises(db, organizationId)
    .leftJoin('promise_standings as s', (join) =>
      join.onRef('s.organization_id', '=', 'p.organization_id').onRef('s.promise_id', '=', 'p.id'),
    )
    .select([
      'p.id',
      'p.cycle_id',
      'p.status',
      'p.title',
      'p.customer_type',
      'p.customer_id',
      'p.due_date',
      'p.size',
      'p.state',
      'p.updated_at',
      's.last_check_in_status',
      's.last_check_in_at',
      's.agreed_at',
    ])
    .orderBy('p.id')
    .execute();
}

export async function listPlanPerformers(db: Db, organizationId: string) {
  return planPromises(db, organizationId)
    .innerJoin('promise_performers as pp', (join) =>
      join.onRef('pp.organization_id', '=', 'p.organization_id').onRef('pp.promise_id', '=', 'p.id'),
    )
    .select(['pp.promise_id', 'pp.party_type', 'pp.party_id'])
    .orderBy('pp.promise_id')
    .orderBy('pp.position')
    .execute();
}

export async function listPlanTags(db: Db, organizationId: string) {
  return planPromises(db, organizationId)
    .innerJoin('promise_tags as t', (join) =>
      join.onRef('t.organization_id', '=', 'p.organization_id').onRef('t.promise_id', '=', 'p.id'),
    )
    .select(['t.promise_id', 't.tag'])
    .execute();
}

export async function listContributions(db: Db, organizationId: string) {
  return db
    .selectFrom('contributions')
    .select(['from_promise_id', 'to_promise_id'])
    .where('organization_id', '=', organizationId)
    .execute();
}

export async function listAllCapacities(db: Db, organizationId: string) {
  return db.selectFrom('team_capacities').selectAll().where('organization_id', '=', organizationId).execute();
}

/** The last time each customer opened an ask (a request move), by `type:id`. */
export async function lastAskOfCustomers(db: Db, organizationId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('promise_moves as m')
    .innerJoin('promises as p', (join) =>
      join.onRef('p.organization_id', '=', 'm.organization_id').onRef('p.id', '=', 'm.promise_id'),
    )
    .select(['p.customer_type', 'p.customer_id', (eb) => eb.fn.max('m.at').as('last')])
    .where('m.organization_id', '=', organizationId)
    .where('m.act', '=', 'request')
    .groupBy(['p.customer_type', 'p.customer_id'])
    .execute();
  return new Map(rows.map((r) => [`${r.customer_type}:${r.customer_id}`, String(r.last)]));
}

export async function listTrackedFindings(db: Db, organizationId: string): Promise<FindingsTable[]> {
  return db.selectFrom('findings').selectAll().where('organization_id', '=', organizationId).execute();
}

export async function findTrackedFinding(db: Db, organizationId: string, key: string) {
  return db
    .selectFrom('findings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function insertFinding(db: Db, row: FindingsTable): Promise<void> {
  await db.insertInto('findings').values(row).execute();
}

export async function updateFinding(
  db: Db,
  organizationId: string,
  key: string,
  changes: Partial<Omit<FindingsTable, 'organization_id' | 'key'>>,
): Promise<void> {
  await db
    .updateTable('findings')
    .set(changes)
    .where('organization_id', '=', organizationId)
    .where('key', '=', key)
    .execute();
}
