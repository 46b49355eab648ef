import { z } from 'zod';
import { Id, RequiredText, Timestamp } from './common.js';
import { Status } from './protocol.js';
import { MAX_SEARCH_LENGTH, SearchText } from './search-text.js';

/** What a search may find. */
export const SEARCH_KINDS = ['promise', 'person', 'team'] as const;
export const SearchKind = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKind>;

export { MAX_SEARCH_LENGTH, SearchText } from './search-text.js';

/** The most results one search answers: a search is read from the top, not paged through. */
export const MAX_SEARCH_RESULTS = 50;

export const SearchQuery = z.object({
  q: SearchText,
  kind: SearchKind.optional().describe('Only this kind of result'),
  limit: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_SEARCH_RESULTS, `must be at most ${MAX_SEARCH_RESULTS}`)
    .default(20)
    .describe(`How many results, best first (at most ${MAX_SEARCH_RESULTS})`),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchResult = z
  .object({
    kind: SearchKind,
    id: Id,
    title: z.string().describe("A promise's title, a person's or a team's name"),
    snippet: z
      .string()
      .describe('Where the words were found: a piece of the concern or conditions, an email'),
    score: z.number().describe('Higher is a better match; comparable within one answer only'),
    status: Status.nullable().describe("A promise's status; null for people and teams"),
    isRemoved: z.boolean().describe('A person no longer a member of the organization'),
    isArchived: z.boolean().describe('An archived team'),
  })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof SearchResult>;

export const SearchResults = z.object({ results: z.array(SearchResult) });
export type SearchResults = z.infer<typeof SearchResults>;

/** The most views one person keeps: a handful of named filters, not an archive. */
export const MAX_SAVED_VIEWS = 50;

/** A parameter of the promise list's address, as the web app writes it. */
const ViewParameter = z
  .string()
  .max(MAX_SEARCH_LENGTH, `must have at most ${MAX_SEARCH_LENGTH} characters`)
  .optional();

/**
 * The promise list's filters and order as its address keeps them (`/promises?cycle=…&sort=title`):
 * a view is that address under a name. The list reads them as it reads any address, so a value it no
 * longer knows filters nothing rather than breaking a saved view.
 */
export const ViewQuery = z
  .strictObject({
    cycle: ViewParameter,
    horizon: ViewParameter,
    phase: ViewParameter,
    status: ViewParameter,
    tag: ViewParameter,
    mine: ViewParameter,
    as: ViewParameter,
    q: ViewParameter,
    sort: ViewParameter,
    order: ViewParameter,
  })
  .describe("The promise list's filters and order, as its address keeps them");
export type ViewQuery = z.infer<typeof ViewQuery>;

export const SavedView = z
  .object({ id: Id, name: z.string(), query: ViewQuery, createdAt: Timestamp })
  .meta({ id: 'SavedView' });
export type SavedView = z.infer<typeof SavedView>;

export const SavedViews = z.object({ views: z.array(SavedView) });
export type SavedViews = z.infer<typeof SavedViews>;

export const SaveViewBody = z.object({ name: RequiredText(80), query: ViewQuery });
export type SaveViewBody = z.infer<typeof SaveViewBody>;
