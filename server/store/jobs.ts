import type { Db } from './database.js';
import type { JobsTable } from './schema.js';

export async function insertJob(db: Db, row: JobsTable): Promise<void> {
  await db.insertInto('jobs').values(row).execute();
}

export async function findJob(db: Db, id: string): Promise<JobsTable | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateJob(
  db: Db,
  id: string,
  changes: Partial<Pick<JobsTable, 'status' | 'done' | 'total' | 'step' | 'error' | 'result' | 'updated_at'>>,
): Promise<void> {
  await db.updateTable('jobs').set(changes).where('id', '=', id).execute();
}
