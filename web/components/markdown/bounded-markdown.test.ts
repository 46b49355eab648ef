import { describe, expect, it } from 'vitest';
import {
  boundMarkdown,
  MAX_DELIMITER_RUNS_PER_BLOCK,
  MAX_LINKS_PER_BLOCK,
  MAX_NESTING,
} from './bounded-markdown.js';

describe('bounding what the markdown parser is given', () => {
  it('leaves an ordinary document as written', () => {
    const document =
      '# Grow\n\nWin the **mid-market**, _fast_ and ~~cheap~~.\n\n> quoted\n> > twice\n\n1. one\n   - a\n\n```\n*_*_\n```';
    expect(boundMarkdown(document)).toBe(document);
  });

  it('escapes every delimiter of a block with more runs than prose has, and only that block', () => {
    const hostile = '*_'.repeat(MAX_DELIMITER_RUNS_PER_BLOCK);
    const bounded = boundMarkdown(`**kept**\n\n${hostile}\n\n_kept_`);
    const [first, middle, last] = bounded.split('\n\n');
    expect(first).toBe('**kept**');
    expect(middle).toBe('\\*\\_'.repeat(MAX_DELIMITER_RUNS_PER_BLOCK));
    expect(last).toBe('_kept_');
  });

  it('escapes every bracket of a block with more links than prose has, and only that block', () => {
    const hostile = '[a]('.repeat(MAX_LINKS_PER_BLOCK + 1);
    const bounded = boundMarkdown(`[kept](https://example.com)\n\n${hostile}`);
    const [first, second] = bounded.split('\n\n');
    expect(first).toBe('[kept](https://example.com)');
    expect(second).toBe('\\[a\\]('.repeat(MAX_LINKS_PER_BLOCK + 1));
  });

  it('never escapes inside a fenced code block', () => {
    const code = `~~~\n${'*_'.repeat(MAX_DELIMITER_RUNS_PER_BLOCK)}\n~~~`;
    expect(boundMarkdown(code)).toBe(code);
  });

  it('escapes the first quote or list marker nested past the limit', () => {
    const deepQuote = '>'.repeat(MAX_NESTING + 3);
    expect(boundMarkdown(`${deepQuote} x`)).toBe(`${'>'.repeat(MAX_NESTING)}\\>>> x`);
    expect(boundMarkdown(`${'- '.repeat(MAX_NESTING)}- x`)).toBe(`${'- '.repeat(MAX_NESTING)}\\- x`);
    expect(boundMarkdown(`${'1. '.repeat(MAX_NESTING)}2. x`)).toBe(`${'1. '.repeat(MAX_NESTING)}2\\. x`);
    expect(boundMarkdown('> '.repeat(MAX_NESTING))).toBe('> '.repeat(MAX_NESTING));
  });
});
