import { describe, expect, it } from 'vitest';
import { MAX_MENTIONS_PER_TEXT, mentionedIds, mentionOf, mentionParts } from './mentions.js';

describe('mentions', () => {
  it('finds each person mentioned once, by id, whatever the name shown', () => {
    const text = `Ask ${mentionOf({ id: 'p-1', name: 'Ada' })} and @[Old name](person:p-2), then ${mentionOf({ id: 'p-1', name: 'Ada L.' })}`;
    expect(mentionedIds(text)).toEqual(['p-1', 'p-2']);
  });

  it('ignores an @ that is not a mention, and a mention of no id', () => {
    expect(mentionedIds('mail ada@example.com, @Ada, @[Ada](https://x.example), @[Ada](person:)')).toEqual(
      [],
    );
  });

  it('keeps a name that would break the mention out of it', () => {
    const written = mentionOf({ id: 'p-3', name: 'A [b]\nc' });
    expect(written).toBe('@[A  b  c](person:p-3)');
    expect(mentionedIds(written)).toEqual(['p-3']);
  });

  it('splits a text into its words and mentions, in order', () => {
    expect(mentionParts('Hi @[Ada](person:p-1)!')).toEqual([
      { text: 'Hi ' },
      { mention: { personId: 'p-1', name: 'Ada' } },
      { text: '!' },
    ]);
  });

  it('tells at most a bounded number of people of one text', () => {
    const many = Array.from({ length: 50 }, (_, i) => `@[P${i}](person:p${i})`).join(' ');
    expect(mentionedIds(many)).toHaveLength(MAX_MENTIONS_PER_TEXT);
  });
});
