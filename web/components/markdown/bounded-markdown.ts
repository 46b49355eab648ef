/*
 * markdown-it is linear in most documents, but not in the kinds a hostile writer can make: unclosed
 * link texts (`[a]([a](…`, each scanned to the end of its paragraph) and emphasis delimiters
 * (`*_*_*_…`) in one paragraph cost time growing faster than their number, and containers nested
 * deeper than its `maxNesting` (`>>>>…`, `- - - …`) have their content dropped. They are defused
 * here, in linear time: a block with more delimiter runs or links than prose has is not parsed
 * inline at all (`isTooMarkedToParse`: it shows as written, without emphasis or links), and quote
 * and list markers nested deeper than a document needs are escaped before parsing (they show as
 * text). Ordinary documents pass through unchanged.
 *
 * Escaping each `[` or `*` instead, as this did first, kept the parser linear but made a token of
 * every escape: 400,000 of them in a hostile 1 MiB paragraph, a second or more to build and render.
 */

/** Delimiter runs (`*`, `_`, `~`) one paragraph, heading or cell may have before it shows as written. */
export const MAX_DELIMITER_RUNS_PER_BLOCK = 500;
/** Link openings (`[`) one paragraph, heading or cell may have before it shows as written. */
export const MAX_LINKS_PER_BLOCK = 500;
/** Quotes and lists nested deeper than this on one line show their further markers as text. */
export const MAX_NESTING = 16;

const BRACKET = 0x5b;
/** `*`, `_` and `~`, by code. */
const DELIMITERS = new Set([0x2a, 0x5f, 0x7e]);

/**
 * Whether the inline text of one block (a paragraph, a heading, a table cell) has more delimiter
 * runs or link openings than prose has: then it is shown as the text it is, unparsed. One pass.
 */
export function isTooMarkedToParse(content: string): boolean {
  let runs = 0;
  let links = 0;
  let previous = 0;
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index);
    if (code === BRACKET && ++links > MAX_LINKS_PER_BLOCK) return true;
    // A run is a stretch of one delimiter: `**` is one, `*_` two.
    if (DELIMITERS.has(code) && code !== previous && ++runs > MAX_DELIMITER_RUNS_PER_BLOCK) return true;
    previous = code;
  }
  return false;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The document with containers nested past `MAX_NESTING` escaped; each line keeps its place. */
export function boundMarkdown(source: string): string {
  const lines = source.split(/\r\n?|\n/);
  let fence: string | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null) {
      // Inside a fenced code block nothing is markdown: it ends at a fence of the same kind.
      if (marker?.startsWith(fence)) fence = null;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    lines[index] = boundNesting(line);
  }
  return lines.join('\n');
}

/** One container marker at a line's start, after its indentation: a quote, a bullet or a number. */
const CONTAINER_MARKER = /[ \t]*(>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))/y;

/** A line opened by more than `MAX_NESTING` containers (`> > - 1. …`), the first marker past it escaped. */
function boundNesting(line: string): string {
  CONTAINER_MARKER.lastIndex = 0;
  for (let depth = 1; ; depth++) {
    const start = CONTAINER_MARKER.lastIndex;
    const match = CONTAINER_MARKER.exec(line);
    if (!match) return line;
    if (depth > MAX_NESTING) {
      const at = start + match[0].length - (match[1]?.length ?? 0);
      const marker = match[1] ?? '';
      // A number's marker is escaped at its dot or parenthesis, a quote's or bullet's at itself.
      const escapeAt = /\d/.test(marker) ? at + marker.length - 1 : at;
      return `${line.slice(0, escapeAt)}\\${line.slice(escapeAt)}`;
    }
  }
}
