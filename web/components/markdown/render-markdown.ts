import MarkdownIt, { type Options } from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { boundMarkdown, isTooMarkedToParse } from './bounded-markdown.js';
import { safeHref } from './safe-href.js';

/*
 * Markdown (CommonMark with GitHub's tables and strikethrough) rendered to HTML by markdown-it,
 * whose parser runs in time linear in the document. The HTML it makes is safe to insert as it is:
 * with `html: false` markdown-it escapes every `<`, `>`, `&` and `"` of the document, raw HTML
 * included, so the only elements in its output are the ones its rules write; the rules below
 * keep a link only to an address `safeHref` allows and show an image as its description.
 */

/*
 * markdown-it drops everything after the point where a document nests deeper than `maxNesting`
 * (100 by default: a list 50 deep by indentation, and the whole rest of the document was lost).
 * Here nothing is deep enough to reach 5,000: each level of a list costs two more spaces of
 * indentation, so 1 MiB holds at most about 2,000 levels, and quotes and markers on one line are
 * bounded by `boundMarkdown`. markdown-it's recursion that deep fits the stack.
 */
const MAX_NESTING_LEVELS = 5_000;

/** markdown-it's options, with the one its type declarations leave out. */
interface RendererOptions extends Options {
  maxNesting: number;
}

const options: RendererOptions = {
  html: false,
  linkify: false,
  typographer: false,
  maxNesting: MAX_NESTING_LEVELS,
};
const markdownIt = new MarkdownIt('default', options);

/*
 * Every address is let through the parser, so that a refused link can be unwrapped to its words
 * below: markdown-it's own check would leave it as the raw `[words](javascript:…)`. `safeLinks`
 * is the one place an address is judged.
 */
markdownIt.validateLink = () => true;

/*
 * markdown-it normalises each address (URL-parses it, punycodes its host, percent-encodes it) before
 * `safeHref` parses it again with the platform's URL, which normalises and encodes it the same way:
 * the address goes through one parser only, the one that judges it.
 */
markdownIt.normalizeLink = (url) => url;

/**
 * The core rule that parses each block's inline text (emphasis, links, code), in place of
 * markdown-it's own: a block too marked to parse in linear time is one text, shown as written.
 */
function parseInline(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== 'inline') continue;
    if (isTooMarkedToParse(token.content)) {
      const text = new state.Token('text', '', 0);
      text.content = token.content;
      token.children = [text];
    } else {
      token.children ??= [];
      state.md.inline.parse(token.content, state.md, state.env, token.children);
    }
  }
}
markdownIt.core.ruler.at('inline', parseInline);

/** A core rule: each link keeps the address `safeHref` makes of it, or is unwrapped to its words. */
function safeLinks(state: { tokens: Token[] }): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const kept: Token[] = [];
    // Links cannot nest, so a refused link's close is the next link_close.
    let isInRefusedLink = false;
    for (const token of block.children) {
      if (token.type === 'link_open') {
        const href = safeHref(token.attrGet('href') ?? '');
        if (href === null) {
          isInRefusedLink = true;
          continue;
        }
        token.attrSet('href', href);
        // Another site opens in its own tab, and learns neither this page nor a handle on it.
        token.attrSet('target', '_blank');
        token.attrSet('rel', 'noopener noreferrer nofollow');
      } else if (token.type === 'link_close' && isInRefusedLink) {
        isInRefusedLink = false;
        continue;
      }
      kept.push(token);
    }
    block.children = kept;
  }
}
markdownIt.core.ruler.push('safe_links', safeLinks);

// An image would fetch from anywhere whoever reads the document: its description stands in for it.
markdownIt.renderer.rules.image = (tokens, index, options, env, renderer) =>
  markdownIt.utils.escapeHtml(renderer.renderInlineAsText(tokens[index]?.children ?? [], options, env));

/** The environment a render passes to its rules: how far below the page's own its headings sit. */
interface RenderEnvironment {
  headingOffset: number;
}

const shiftHeading =
  (closing: boolean) =>
  (tokens: Token[], index: number, _options: unknown, env: RenderEnvironment): string => {
    const level = Number(tokens[index]?.tag.slice(1));
    const tag = `h${Math.min(6, level + env.headingOffset)}`;
    return closing ? `</${tag}>\n` : `<${tag}>`;
  };
markdownIt.renderer.rules.heading_open = shiftHeading(false);
markdownIt.renderer.rules.heading_close = shiftHeading(true);

/**
 * The document as HTML safe to insert into the page; its headings sit `headingOffset` levels below
 * their written level (`#` is an h3 with offset 2). `boundMarkdown` first defuses the shapes
 * markdown-it would nest without end (`>>>>…` on one line), and `parseInline` shows a block too
 * marked to parse (thousands of `[` or emphasis marks) as written, so every word shows, in linear time.
 */
export function renderMarkdown(markdown: string, headingOffset: number): string {
  return markdownIt.render(boundMarkdown(markdown), { headingOffset } satisfies RenderEnvironment);
}
