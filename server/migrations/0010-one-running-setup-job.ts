import { type Kysely, sql } from 'kysely';

/**
 * At most one setup job (one with no organization, such as loading the demo) runs at a time: five
 * concurrent "load the demo" clicks start one load, the database refusing the others. A partial
 * unique index is kept by both engines, and by every server process on the database.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Earlier versions could start several; all but the newest are recorded as superseded.
  await sql`
    update jobs set status = 'failed', error = 'Superseded by a later setup job of the same kind'
     where organization_id is null and status = 'running'
       and id not in (
         select max(id) from jobs where organization_id is null and status = 'running' group by kind
       )`.execute(db);
  await sql`
    create unique index jobs_one_running_setup on jobs (kind)
     where organization_id is null and status = 'running'`.execute(db);
}
