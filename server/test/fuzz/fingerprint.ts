import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../store/database.js';
import type { Database } from '../../store/schema.js';

/*
 * A cheap fingerprint of what some organizations hold: each table's row count and a hash of its rows,
 * so that "a refused request changed nothing" is one comparison. Columns that every request may
 * touch without changing anything a person sees (a session's last use, a token's) are left out, as
 * are the global tables of rate limits and job slots.
 */

type Table = keyof Database;

/** The tenant tables: every row carries organization_id. */
const TENANT_TABLES = [
  'memberships',
  'teams',
  'team_members',
  'invitations',
  'horizons',
  'cycles',
  'promises',
  'promise_performers',
  'promise_tags',
  'promise_moves',
  'contributions',
  'dependencies',
  'check_ins',
  'check_in_values',
  'check_in_answers',
  'assessments',
  'retrospectives',
  'cycle_events',
  'direction_drafts',
  'direction_versions',
  'direction_comments',
  'review_requests',
  'review_questions',
  'team_capacities',
  'notifications',
  'jobs',
] as const satisfies readonly Table[];

/** Columns that change on use, not on a change: left out of the hash. */
const VOLATILE: Partial<Record<Table, string[]>> = {
  sessions: ['last_seen_at', 'expires_at'],
  api_tokens: ['last_used_at'],
};

export type Fingerprint = Record<string, { rows: number; hash: string }>;

function digest(table: Table, rows: Array<Record<string, unknown>>) {
  const skip = new Set(VOLATILE[table] ?? []);
  const lines = rows
    .map((row) => JSON.stringify(Object.entries(row).filter(([column]) => !skip.has(column))))
    .sort();
  return { rows: rows.length, hash: createHash('sha256').update(lines.join('\n')).digest('hex') };
}

export async function fingerprint(db: Db, organizationIds: string[]): Promise<Fingerprint> {
  const ids = sql.join(organizationIds.map((id) => sql`${id}`));
  const people = sql`select person_id from memberships where organization_id in (${ids})`;
  const queries: Array<[Table, Promise<{ rows: Array<Record<string, unknown>> }>]> = [
    ...TENANT_TABLES.map(
      (table) =>
        [
          table,
          sql<
            Record<string, unknown>
          >`select * from ${sql.table(table)} where organization_id in (${ids})`.execute(db),
        ] as [Table, Promise<{ rows: Array<Record<string, unknown>> }>],
    ),
    [
      'organizations',
      sql<Record<string, unknown>>`select * from organizations where id in (${ids})`.execute(db),
    ],
    ['people', sql<Record<string, unknown>>`select * from people where id in (${people})`.execute(db)],
    [
      'sessions',
      sql<Record<string, unknown>>`select * from sessions where person_id in (${people})`.execute(db),
    ],
    [
      'api_tokens',
      sql<Record<string, unknown>>`select * from api_tokens where organization_id in (${ids})`.execute(db),
    ],
  ];
  const results = await Promise.all(queries.map(([, query]) => query));
  return Object.fromEntries(
    queries.map(([table], index) => [table, digest(table, results[index]?.rows ?? [])]),
  );
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys(after).filter(
    (table) => before[table]?.hash !== after[table]?.hash || before[table]?.rows !== after[table]?.rows,
  );
}
