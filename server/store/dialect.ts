import {
  type DialectAdapter,
  type Expression,
  PostgresAdapter,
  type RawBuilder,
  type SqlBool,
  sql,
} from 'kysely';
import type { Engine } from '../config.js';

/**
 * Everything that differs between SQLite and PostgreSQL lives here, so the store never asks
 * which engine it runs on.
 */
export interface Dialect {
  engine: Engine;
  /** Column type of a UTC instant. */
  timestamp: 'text' | 'timestamptz';
  /** Column type of a JSON document. */
  json: 'text' | 'jsonb';
  /** Column type of an exact decimal (metric values, money): entered digits round-trip. */
  decimal: 'text' | 'numeric';
  /** Column type of a floating-point number (weights). */
  float: 'real' | 'double precision';
  /** Case-insensitive substring match. */
  containsInsensitive(column: Expression<string>, needle: string): RawBuilder<SqlBool>;
  /** JSON value as the engine returned it, parsed. */
  parseJson<T>(value: unknown): T;
  /**
   * Whether `select … for update` locks rows until the transaction ends (PostgreSQL). SQLite has one
   * writer at a time, so a write transaction holds every row already.
   */
  locksRows: boolean;
}

export function dialectFor(engine: Engine): Dialect {
  const pattern = (needle: string) => `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return {
    engine,
    timestamp: engine === 'postgres' ? 'timestamptz' : 'text',
    json: engine === 'postgres' ? 'jsonb' : 'text',
    decimal: engine === 'postgres' ? 'numeric' : 'text',
    float: engine === 'postgres' ? 'double precision' : 'real',
    containsInsensitive(column, needle) {
      return engine === 'postgres'
        ? sql<SqlBool>`${column} ilike ${pattern(needle)} escape '\\'`
        : sql<SqlBool>`lower(${column}) like lower(${pattern(needle)}) escape '\\'`;
    },
    parseJson<T>(value: unknown): T {
      return (typeof value === 'string' ? JSON.parse(value) : value) as T;
    },
    locksRows: engine === 'postgres',
  };
}

/**
 * `column` is one of `values`, however many: the list is bound as one parameter (an array on
 * PostgreSQL, `= any($1)`; a JSON array on SQLite, `in (select value from json_each(?))`), so no
 * list of ids runs past an engine's limit on bound parameters (32,766 on SQLite, 65,535 on
 * PostgreSQL), and a query's text is the same whatever the list's length, so it is prepared once.
 * Both engines search the column's index for each value, as they do for `in (?, ?, …)`.
 */
export function isAnyOf(
  db: { getExecutor(): { readonly adapter: DialectAdapter } },
  column: Expression<unknown> | string,
  values: readonly string[],
): RawBuilder<SqlBool> {
  const ref = typeof column === 'string' ? sql.ref(column) : column;
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? sql<SqlBool>`${ref} = any(${sql.val([...values])})`
    : sql<SqlBool>`${ref} in (select value from json_each(${JSON.stringify(values)}))`;
}
