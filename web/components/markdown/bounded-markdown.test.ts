import { describe, expect, it } from 'vitest';
import {
  boundMarkdown,
  isTooMarkedToParse,
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

  it('finds a block too marked to parse: more delimiter runs or link openings than prose has', () => {
    expect(isTooMarkedToParse('Win the **mid-market**, _fast_ and [cheap](https://example.com).')).toBe(
      false,
    );
    expect(isTooMarkedToParse('*_'.repeat(MAX_DELIMITER_RUNS_PER_BLOCK / 2))).toBe(false);
    expect(isTooMarkedToParse('*_'.repeat(MAX_DELIMITER_RUNS_PER_BLOCK))).toBe(true);
    // A run of one mark is one run, however long.
    expect(isTooMarkedToParse('*'.repeat(10_000))).toBe(false);
    expect(isTooMarkedToParse('[a]('.repeat(MAX_LINKS_PER_BLOCK))).toBe(false);
    expect(isTooMarkedToParse('[a]('.repeat(MAX_LINKS_PER_BLOCK + 1))).toBe(true);
  });

  it('never escapes inside a fenced code block', () => {
    const code = `~~~\n${'> '.repeat(MAX_NESTING + 3)}x\n~~~`;
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
