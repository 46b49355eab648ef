/**
 * How a search is read, the same on every engine: words are runs of letters and digits (what both
 * SQLite's unicode61 tokenizer and the text given to PostgreSQL's parser keep), compared without
 * case; every word must be found, and the last one is a prefix while it is being typed ("promi"
 * finds "promise"). A word of one letter is not a prefix: it would match most of an index.
 */
export interface SearchWords {
  readonly words: readonly string[];
  /** Whether the last word is matched as the start of a word. */
  readonly lastIsPrefix: boolean;
}

/** The most words one search asks for: more only slows the index without narrowing much. */
export const MAX_SEARCH_WORDS = 8;
const MAX_WORD_LENGTH = 64;

export function searchWords(text: string): SearchWords {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .slice(0, MAX_SEARCH_WORDS)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
  const last = words.at(-1);
  return { words, lastIsPrefix: last !== undefined && [...last].length > 1 };
}

/**
 * A piece of `text` around the first of the words found in it, at most about `length` characters,
 * cut at spaces and marked with an ellipsis where cut; the start of the text when none is found.
 */
export function snippetOf(text: string, words: readonly string[], length = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const lower = flat.toLowerCase();
  const found = words.map((word) => lower.indexOf(word)).filter((at) => at >= 0);
  const at = found.length ? Math.min(...found) : 0;
  let start = Math.max(0, at - Math.floor(length / 3));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
