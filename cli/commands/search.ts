import * as endpoints from '../../contract/endpoints/search.js';
import { MAX_SEARCH_RESULTS, SEARCH_KINDS, type SearchResult } from '../../contract/search.js';
import { defineCommand } from '../command.js';
import { oneOf, wholeNumber } from '../option-values.js';
import { type Column, formatTable } from '../output.js';

/** What a result is, in a word: a promise's status, or that a person left or a team is archived. */
const standing = (result: SearchResult) =>
  result.status ?? (result.isRemoved ? 'removed' : result.isArchived ? 'archived' : '');

const columns: readonly Column<SearchResult>[] = [
  { header: 'kind', value: (result) => result.kind },
  { header: 'title', value: (result) => result.title },
  { header: 'standing', value: standing },
  {
    header: 'found in',
    value: (result) => (result.snippet.length > 60 ? `${result.snippet.slice(0, 59)}…` : result.snippet),
  },
  { header: 'id', value: (result) => result.id },
];

export const search = defineCommand({
  path: ['search'],
  summary: 'Find promises, people and teams by words, best match first',
  description: [
    "Searches promises' titles, concerns and conditions, people's names and emails and teams' names.",
    'Every word must be found; the last one may be the start of a word ("promi" finds "promise").',
    'Drafts are found only by those who may open them.',
  ].join('\n'),
  arguments: [{ name: 'text', isRequired: true, description: 'The words to find (quote several)' }],
  options: {
    kind: { type: 'string', valueName: 'KIND', description: `Only ${SEARCH_KINDS.join(', ')}` },
    limit: {
      type: 'string',
      valueName: 'N',
      description: `How many results (default 20, at most ${MAX_SEARCH_RESULTS})`,
    },
  },
  examples: [
    'accord search checkout',
    'accord search "latency promi" --kind promise',
    'accord search ada --json',
  ],
  async run({ args, options, connect, out }) {
    const kind = options.kind === undefined ? undefined : oneOf(options.kind, SEARCH_KINDS, '--kind');
    const limit =
      options.limit === undefined
        ? 20
        : wholeNumber(options.limit, '--limit', { min: 1, max: MAX_SEARCH_RESULTS });
    const client = await connect();
    const found = await client.call(endpoints.search, { query: { q: args.text, kind, limit } });
    out.print(found, ({ results }) =>
      results.length > 0 ? formatTable(results, columns) : `Nothing found for “${args.text}”.`,
    );
  },
});
