import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';

export interface BackupResult {
  file: string;
  bytes: number;
  tables: number;
}

/**
 * Copies the SQLite database at `source` to `target` with SQLite's online backup API, on a
 * connection of its own: the copy is one consistent state of the database even while the server
 * writes to it (WAL included), and the server goes on serving during the copy. The copy is then
 * opened and checked before it is called done.
 */
export async function backupSqlite(source: string, target: string): Promise<BackupResult> {
  if (!fs.existsSync(source)) throw new Error(`There is no SQLite database at ${source}`);
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new Error(`${file} exists already: choose a new file for the backup`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
  try {
    await database.backup(file);
  } finally {
    database.close();
  }
  const copy = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok')
      throw new Error(`The backup at ${file} does not pass SQLite's integrity check: ${check}`);
    const { tables } = copy
      .prepare("select count(*) as tables from sqlite_master where type = 'table'")
      .get() as { tables: number };
    return { file, bytes: fs.statSync(file).size, tables };
  } finally {
    copy.close();
  }
}
