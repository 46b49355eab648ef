import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { Database } from '../server/store/schema.js';

export type TableName = keyof Database;

/**
 * The order in which foreign keys need the tables written: a row's parent is always pushed before
 * it or in the same group, and a group writes its tables in this order.
 */
const TABLE_ORDER: readonly TableName[] = [
  'organizations',
  'people',
  'memberships',
  'teams',
  'team_members',
  'api_tokens',
  'horizons',
  'cycles',
  'direction_versions',
  'team_capacities',
  'promises',
  'promise_performers',
  'team_first_drafts',
  'promise_tags',
  'promise_moves',
  'contributions',
  'dependencies',
  'review_requests',
  'check_ins',
  'check_in_values',
  'check_in_answers',
  'assessments',
];

/** Bound parameters per statement: SQLite's SQLITE_MAX_VARIABLE_NUMBER and PostgreSQL's protocol limit. */
const PARAMETER_LIMIT = { sqlite: 32_766, postgres: 65_535 } as const;

/** Rows gathered before they are written, in one transaction. */
const GROUP_ROWS = 100_000;

type Value = string | number | null;

/**
 * Writes the synthetic organization straight into the app's tables: rows are typed by the store's
 * schema, gathered, and written as multi-row inserts, one transaction per group, so that millions
 * of rows take seconds rather than the hours the services would.
 */
export abstract class BulkWriter {
  private readonly pending = new Map<TableName, Database[TableName][]>();
  private pendingRows = 0;
  readonly written = new Map<TableName, number>();

  constructor(private readonly parameterLimit: number) {}

  push<T extends TableName>(table: T, ...rows: Database[T][]): void {
    let list = this.pending.get(table);
    if (!list) {
      list = [];
      this.pending.set(table, list);
    }
    for (const row of rows) list.push(row);
    this.pendingRows += rows.length;
  }

  count(table: TableName): number {
    return (this.written.get(table) ?? 0) + (this.pending.get(table)?.length ?? 0);
  }

  /** Writes what has gathered once it is a group's worth. */
  async flushIfFull(): Promise<void> {
    if (this.pendingRows >= GROUP_ROWS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pendingRows === 0) return;
    const batches: Array<{ table: TableName; columns: string[]; rows: Value[][] }> = [];
    for (const table of TABLE_ORDER) {
      const rows = this.pending.get(table);
      if (!rows || rows.length === 0) continue;
      const columns = Object.keys(rows[0]!);
      const perStatement = Math.floor(this.parameterLimit / columns.length);
      const values = rows.map((row) => {
        const record = row as unknown as Record<string, Value | undefined>;
        return columns.map((column) => record[column] ?? null);
      });
      for (let start = 0; start < values.length; start += perStatement) {
        batches.push({ table, columns, rows: values.slice(start, start + perStatement) });
      }
      this.written.set(table, (this.written.get(table) ?? 0) + rows.length);
    }
    for (const table of this.pending.keys()) {
      if (!TABLE_ORDER.includes(table)) throw new Error(`bulk-writer: ${table} has no place in TABLE_ORDER`);
    }
    this.pending.clear();
    this.pendingRows = 0;
    await this.writeInTransaction(batches);
  }

  protected abstract writeInTransaction(
    batches: Array<{ table: TableName; columns: string[]; rows: Value[][] }>,
  ): Promise<void>;

  abstract close(): Promise<void>;
}

/**
 * SQLite: one connection of its own; commits need not be durable while the organization is made, and
 * foreign keys are not checked row by row (each check is one more index search per key, a large
 * part of a load's time): the generator writes parents first, and its test runs `pragma
 * foreign_key_check` over what it wrote. A large page cache keeps the indexes being filled in memory,
 * and the migrations' secondary indexes are dropped for the load and made again at the end: one sort
 * per index instead of a random insert into each of them for every row.
 */
export class SqliteBulkWriter extends BulkWriter {
  private readonly sqlite: SqliteDatabase.Database;
  private readonly statements = new Map<string, SqliteDatabase.Statement>();
  /** The secondary indexes set aside while the rows are written (not those of keys and uniques). */
  private readonly deferredIndexes: Array<{ name: string; sql: string }>;

  constructor(file: string) {
    super(PARAMETER_LIMIT.sqlite);
    this.sqlite = new SqliteDatabase(file);
    this.sqlite.pragma('journal_mode = WAL');
    this.sqlite.pragma('synchronous = OFF');
    this.sqlite.pragma('foreign_keys = OFF');
    // 256 MiB: at L, the check-ins' indexes alone outgrow the 2 MiB default many times over.
    this.sqlite.pragma('cache_size = -262144');
    this.sqlite.pragma('temp_store = MEMORY');
    this.deferredIndexes = this.sqlite
      .prepare("select name, sql from sqlite_master where type = 'index' and sql is not null")
      .all() as Array<{ name: string; sql: string }>;
    for (const { name } of this.deferredIndexes) this.sqlite.exec(`drop index "${name}"`);
  }

  /**
   * Full batches reuse one prepared statement per table; the remainder of each group, a different
   * size every time, is prepared once and left to the collector, or L would keep thousands of them.
   */
  private statement(table: string, columns: string[], rowCount: number) {
    const isFull = rowCount === Math.floor(PARAMETER_LIMIT.sqlite / columns.length);
    const key = `${table}:${columns.join(',')}`;
    const cached = isFull ? this.statements.get(key) : undefined;
    if (cached) return cached;
    const tuple = `(${columns.map(() => '?').join(',')})`;
    const statement = this.sqlite.prepare(
      `insert into ${table} (${columns.join(',')}) values ${Array(rowCount).fill(tuple).join(',')}`,
    );
    if (isFull) this.statements.set(key, statement);
    return statement;
  }

  protected async writeInTransaction(
    batches: Array<{ table: TableName; columns: string[]; rows: Value[][] }>,
  ) {
    this.sqlite.transaction(() => {
      for (const batch of batches) {
        this.statement(batch.table, batch.columns, batch.rows.length).run(batch.rows.flat());
      }
    })();
  }

  async close() {
    await this.flush();
    this.sqlite.transaction(() => {
      for (const index of this.deferredIndexes) this.sqlite.exec(index.sql);
    })();
    this.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    this.sqlite.close();
  }
}

/** PostgreSQL: one client, numbered parameters up to the protocol's limit per statement. */
export class PostgresBulkWriter extends BulkWriter {
  private readonly client: pg.Client;
  private connected: Promise<void> | undefined;

  constructor(url: string) {
    super(PARAMETER_LIMIT.postgres);
    this.client = new pg.Client({ connectionString: url });
  }

  protected async writeInTransaction(
    batches: Array<{ table: TableName; columns: string[]; rows: Value[][] }>,
  ) {
    this.connected ??= this.client.connect().then(async () => {
      // Foreign keys are checked by triggers, row by row, which is most of a load's time. The
      // generator writes parents first (its SQLite test checks every key); a superuser's session
      // skips the triggers, anyone else's keeps them.
      await this.client.query('set session_replication_role = replica').catch(() => undefined);
    });
    await this.connected;
    await this.client.query('begin');
    try {
      for (const batch of batches) {
        const width = batch.columns.length;
        const tuples = batch.rows.map(
          (_, r) => `(${batch.columns.map((_c, c) => `$${r * width + c + 1}`).join(',')})`,
        );
        await this.client.query(
          `insert into ${batch.table} (${batch.columns.join(',')}) values ${tuples.join(',')}`,
          batch.rows.flat(),
        );
      }
      await this.client.query('commit');
    } catch (error) {
      await this.client.query('rollback');
      throw error;
    }
  }

  async close() {
    await this.flush();
    if (this.connected) {
      // What autovacuum would do soon after a load this size: the planner sees the real tables.
      await this.client.query('analyze');
      await this.client.end();
    }
  }
}
