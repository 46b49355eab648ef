import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_WORDS, searchWords, snippetOf } from './search-words.js';

describe('searchWords', () => {
  it('reads words of letters and digits, without case, the last one a prefix', () => {
    expect(searchWords('  Ship the Promi')).toEqual({ words: ['ship', 'the', 'promi'], lastIsPrefix: true });
    expect(searchWords('ada@example.com')).toEqual({ words: ['ada', 'example', 'com'], lastIsPrefix: true });
    expect(searchWords('Café 2027')).toEqual({ words: ['café', '2027'], lastIsPrefix: true });
  });

  it('finds no word in punctuation, and does not make a prefix of one letter', () => {
    expect(searchWords('"*) OR (-:^')).toEqual({ words: ['or'], lastIsPrefix: true });
    expect(searchWords('*** ""')).toEqual({ words: [], lastIsPrefix: false });
    expect(searchWords('plan a')).toEqual({ words: ['plan', 'a'], lastIsPrefix: false });
  });

  it('keeps a bounded number of words', () => {
    expect(searchWords('a b c d e f g h i j k').words).toHaveLength(MAX_SEARCH_WORDS);
  });
});

describe('snippetOf', () => {
  it('keeps short text whole', () => {
    expect(snippetOf('Latency  under\n300 ms', ['latency'])).toBe('Latency under 300 ms');
  });

  it('cuts long text around the first word found, at spaces', () => {
    const text = `${'lorem ipsum '.repeat(30)}the checkout answers fast ${'dolor sit '.repeat(30)}`;
    const snippet = snippetOf(text, ['checkout'], 60);
    expect(snippet).toContain('checkout');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(62);
  });
});
