import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 9 at the planning board: when each team first performed a promise of a cycle (the drafts
 * milestone, and whether a team is late for it) was found by grouping every promise of the cycle on
 * each timeline and milestone read. `team_first_drafts` keeps it instead, one row per cycle and
 * team, written in the transaction that creates the promise; it is filled here from the promises
 * already made. Promises and their performers are never deleted, so the row never needs to move back.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('team_first_drafts')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('first_at', dialect.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('team_first_drafts_pk', ['organization_id', 'cycle_id', 'team_id'])
    .execute();
  await backfillFirstDrafts(db);
}

/** Each team's first promise of each cycle, from the promises already made. */
export async function backfillFirstDrafts(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into team_first_drafts (organization_id, cycle_id, team_id, first_at)
    select pp.organization_id, p.cycle_id, pp.party_id, min(p.created_at)
    from promise_performers pp
    join promises p on p.organization_id = pp.organization_id and p.id = pp.promise_id
    where pp.party_type = 'team'
    group by pp.organization_id, p.cycle_id, pp.party_id
  `.execute(db);
}
