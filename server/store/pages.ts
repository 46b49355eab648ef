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
