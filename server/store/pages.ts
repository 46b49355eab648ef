import type { SelectQueryBuilder } from 'kysely';

/**
 * A page of a list: `limit` rows after `offset`, in the list's stable order (its own key, then the
 * id), and how many rows the whole list has, counted by its own query on the same index.
 */
export interface Page {
  limit: number;
  offset: number;
}

export interface PageOf<Row> {
  rows: Row[];
  total: number;
}

/** The count a `count(*)` answers, as a number on both engines (PostgreSQL's is a bigint string). */
export function countOf(row: { n: number | string | bigint }): number {
  return Number(row.n);
}

/**
 * A page of `query` in the order `ordered` gives it (which also picks the columns), and the count of
 * the whole filtered list, read side by side. Every paginated store reads its page this way.
 */
export async function pageOf<DB, TB extends keyof DB, Row>(
  query: SelectQueryBuilder<DB, TB, object>,
  ordered: (query: SelectQueryBuilder<DB, TB, object>) => SelectQueryBuilder<DB, TB, Row>,
  page: Page,
): Promise<PageOf<Row>> {
  const [rows, count] = await Promise.all([
    ordered(query).limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  // The count's row type is too generic here for TypeScript to see its one column.
  return { rows: rows as Row[], total: countOf(count as { n: number | string | bigint }) };
}
