/*
 * markdown-it is linear in most documents, but not in the kinds a hostile writer can make: unclosed
 * link texts (`[a]([a](…`, each scanned to the end of its paragraph) and emphasis delimiters
 * (`*_*_*_…`) in one paragraph cost time growing faster than their number, and containers nested
 * deeper than its `maxNesting` (`>>>>…`, `- - - …`) have their content dropped. They are defused
 * here, in one linear pass, before parsing: in a block with more delimiter runs or links than prose
 * has, every delimiter or link opening is escaped (it shows as written, without emphasis or link),
 * and quote and list markers nested deeper than a document needs are escaped (they show as text).
 * Ordinary documents pass through unchanged.
 */

/** Delimiter runs (`*`, `_`, `~`) one block may have before its emphasis is dropped. */
export const MAX_DELIMITER_RUNS_PER_BLOCK = 500;
/** Link openings (`[`) one block may have before its links are shown as written. */
export const MAX_LINKS_PER_BLOCK = 500;
/** Quotes and lists nested deeper than this on one line show their further markers as text. */
export const MAX_NESTING = 16;

const DELIMITER_RUN = /(?<!\\)(\*+|_+|~+)/g;
const DELIMITER = /(?<!\\)([*_~])/g;
const LINK_OPENING = /(?<!\\)\[/g;
/** Both brackets, so that no `]` is left to close a link text the escaping opened. */
const BRACKET = /(?<!\\)([[\]])/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The document with its pathological parts escaped; each line keeps its place. */
export function boundMarkdown(source: string): string {
  const lines = source.split(/\r\n?|\n/);
  let block: number[] = [];
  let runs = 0;
  let links = 0;
  let fence: string | null = null;
  const endBlock = () => {
    if (runs > MAX_DELIMITER_RUNS_PER_BLOCK) {
      for (const index of block) lines[index] = (lines[index] ?? '').replace(DELIMITER, '\\$1');
    }
    if (links > MAX_LINKS_PER_BLOCK) {
      for (const index of block) lines[index] = (lines[index] ?? '').replace(BRACKET, '\\$1');
    }
    block = [];
    runs = 0;
    links = 0;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null) {
      // Inside a fenced code block nothing is markdown: it ends at a fence of the same kind.
      if (marker?.startsWith(fence)) fence = null;
      continue;
    }
    if (marker) {
      endBlock();
      fence = marker;
      continue;
    }
    if (line.trim() === '') {
      endBlock();
      continue;
    }
    lines[index] = boundNesting(line);
    block.push(index);
    runs += (line.match(DELIMITER_RUN) ?? []).length;
    links += (line.match(LINK_OPENING) ?? []).length;
  }
  endBlock();
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
