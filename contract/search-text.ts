import { z } from 'zod';
import { isRequired } from './common.js';

/** The longest text searched for: a few words, not a document. */
export const MAX_SEARCH_LENGTH = 200;
/** Text to search for: words, the last one a prefix ("promi" finds "promise"). */
export const SearchText = z
  .string({ error: isRequired })
  .trim()
  .min(1, 'cannot be empty')
  .max(MAX_SEARCH_LENGTH, `must have at most ${MAX_SEARCH_LENGTH} characters`)
  .describe('Words to find, the last one a prefix');
