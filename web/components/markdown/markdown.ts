/**
 * The small Markdown the direction document is written in: headings (# to ###), paragraphs,
 * - lists, **bold**, *emphasis*, `code` and [links](https://…). Parsed into plain data that the view
 * turns into React elements, so no HTML in the text is ever interpreted: `<script>` stays text, and
 * a link is made only to an http or https address.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; items: Inline[][] };

const HEADING = /^(#{1,3})\s+(.+?)(?:\s+#+)?\s*$/;
const LIST_ITEM = /^[-*]\s+(.*)$/;
const ESCAPABLE = /[\\`*_[\]()#-]/;

/** The address of a link when it is http or https, normalised; null for anything else (javascript:, data:…). */
export function safeHref(href: string): string | null {
  if (!/^https?:\/\//i.test(href)) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', content: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const endList = () => {
    if (items.length > 0) blocks.push({ kind: 'list', items: items.map((item) => parseInline(item)) });
    items = [];
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = HEADING.exec(line);
    const item = LIST_ITEM.exec(line);
    if (!line) {
      endParagraph();
      endList();
    } else if (heading?.[1] && heading[2]) {
      endParagraph();
      endList();
      const level = heading[1].length as 1 | 2 | 3;
      blocks.push({ kind: 'heading', level, content: parseInline(heading[2]) });
    } else if (item) {
      endParagraph();
      items.push(item[1] ?? '');
    } else if (items.length > 0 && /^\s{2,}/.test(raw)) {
      // An indented line continues the list item above it.
      items[items.length - 1] = `${items.at(-1)} ${line}`;
    } else {
      endList();
      paragraph.push(line);
    }
  }
  endParagraph();
  endList();
  return blocks;
}

/** Bold, emphasis, code and links in one line of text; any marker left unclosed stays as written. */
export function parseInline(text: string, allowLinks = true): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const endPlain = () => {
    if (plain) out.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    const next = text.charAt(i + 1);
    if (ch === '\\' && ESCAPABLE.test(next)) {
      plain += next;
      i += 2;
      continue;
    }
    if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        endPlain();
        out.push({ kind: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '*' && next === '*') {
      const end = text.indexOf('**', i + 2);
      if (end > i + 2) {
        endPlain();
        out.push({ kind: 'strong', children: parseInline(text.slice(i + 2, end), allowLinks) });
        i = end + 2;
        continue;
      }
    }
    if (ch === '*' && next !== '*' && next !== ' ') {
      const end = text.indexOf('*', i + 1);
      if (end > i + 1) {
        endPlain();
        out.push({ kind: 'em', children: parseInline(text.slice(i + 1, end), allowLinks) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '[' && allowLinks) {
      const link = linkAt(text, i);
      if (link) {
        endPlain();
        const children = parseInline(link.label, false);
        // An address that is not http(s) keeps its words and loses its link.
        if (link.href) out.push({ kind: 'link', href: link.href, children });
        else out.push(...children);
        i = link.end;
        continue;
      }
    }
    plain += ch;
    i += 1;
  }
  endPlain();
  return out;
}

/** `[label](href)` starting at `start`, with the safe address (or null), and where it ends. */
function linkAt(text: string, start: number): { label: string; href: string | null; end: number } | null {
  const middle = text.indexOf('](', start + 1);
  if (middle <= start + 1) return null;
  const label = text.slice(start + 1, middle);
  if (label.includes('[')) return null;
  const close = closingParenthesis(text, middle + 2);
  if (close < 0) return null;
  const href = text.slice(middle + 2, close).trim();
  if (!href || /\s/.test(href)) return null;
  return { label, href: safeHref(href), end: close + 1 };
}

/** Where the parenthesis opened just before `from` closes, counting the pairs inside (as in URLs). */
function closingParenthesis(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === '(') depth += 1;
    if (ch === ')') {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  return -1;
}
