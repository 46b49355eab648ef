import type { PageInfo } from '../../contract/pages.js';

/**
 * The offset of the page after `last`, or undefined when `last` ended the list: what TanStack Query's
 * infinite queries ask of a "Show more" list.
 */
export function nextOffset(last: PageInfo): number | undefined {
  const next = last.offset + last.limit;
  return next < last.total ? next : undefined;
}
