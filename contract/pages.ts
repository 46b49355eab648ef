import { z } from 'zod';

/**
 * One shape for every list the API serves: a page of at most `MAX_PAGE_SIZE` items in a stable
 * order (each list sorts on its own key, then on the id, so no item is seen twice or skipped
 * between pages), with the total of the whole list and the limit and offset that were applied.
 */

/** The most items one page holds: a caller who needs more pages through them. */
export const MAX_PAGE_SIZE = 200;
/** Past this, an offset is a mistake or a scan; a list that long is narrowed by its filters. */
export const MAX_OFFSET = 1_000_000;

/** `?limit=&offset=`, with the default page size of the list. */
export function PageQuery(defaultLimit = 50) {
  return z.object({
    limit: z.coerce
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
      .default(defaultLimit)
      .describe(`How many items a page holds (at most ${MAX_PAGE_SIZE})`),
    offset: z.coerce
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(0, 'must be at least 0')
      .max(MAX_OFFSET, `must be at most ${MAX_OFFSET}`)
      .default(0)
      .describe('How many items of the list come before this page'),
  });
}
export type PageQuery = z.infer<ReturnType<typeof PageQuery>>;

/** What a page says about the list it was cut from. */
export const PageInfo = z.object({
  total: z.number().int().describe('How many items the whole list has'),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type PageInfo = z.infer<typeof PageInfo>;

/** A page of `item`s under the list's own name (`people`, `teams`…), with its `PageInfo`. */
export function pageOf<Key extends string, Item extends z.ZodType>(key: Key, item: Item) {
  const items = { [key]: z.array(item) } as { [K in Key]: z.ZodArray<Item> };
  return PageInfo.extend(items);
}

/** The number of pages a list of `total` items takes at `limit` a page (at least one). */
export function pageCount(page: { total: number; limit: number }): number {
  return Math.max(1, Math.ceil(page.total / page.limit));
}
