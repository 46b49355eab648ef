import { MAX_OFFSET, MAX_PAGE_SIZE, type PageInfo } from '../contract/pages.js';
import { wholeNumber } from './option-values.js';

/** --limit and --offset, for every command that lists: the server answers a page at a time. */
export const pageOptions = {
  limit: {
    type: 'string',
    valueName: 'N',
    description: `List at most N (1 to ${MAX_PAGE_SIZE}; the server's default otherwise)`,
  },
  offset: { type: 'string', valueName: 'N', description: 'Skip the first N (for the next page)' },
} as const;

/** The page the options ask for; what is left out is the server's default. */
export function pageQuery(options: { limit?: string | undefined; offset?: string | undefined }): {
  limit?: number;
  offset?: number;
} {
  return {
    ...(options.limit === undefined
      ? {}
      : { limit: wholeNumber(options.limit, '--limit', { min: 1, max: MAX_PAGE_SIZE }) }),
    ...(options.offset === undefined
      ? {}
      : { offset: wholeNumber(options.offset, '--offset', { min: 0, max: MAX_OFFSET }) }),
  };
}

/** Under a table that is one page of more: which ones it shows, and how to see the next. */
export function pageNote(page: PageInfo, shown: number, noun: string): string {
  if (page.offset === 0 && shown >= page.total) return '';
  const first = Math.min(page.offset + 1, page.total);
  const last = page.offset + shown;
  const next = last < page.total ? ` Run again with --offset ${last} for the next ones.` : '';
  return `\n${first}–${last} of ${page.total} ${noun}.${next}`;
}
