import { describe, expect, it } from 'vitest';
import { parseMarkdown, safeHref } from './markdown.js';

describe('the safe markdown of directions and promises', () => {
  it('reads headings, paragraphs, lists and emphasis', () => {
    expect(parseMarkdown('# Grow\n\nWin the **mid-market**.\n\n- one\n- *two*')).toEqual([
      { kind: 'heading', level: 1, content: [{ kind: 'text', text: 'Grow' }] },
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'Win the ' },
          { kind: 'strong', children: [{ kind: 'text', text: 'mid-market' }] },
          { kind: 'text', text: '.' },
        ],
      },
      {
        kind: 'list',
        items: [[{ kind: 'text', text: 'one' }], [{ kind: 'em', children: [{ kind: 'text', text: 'two' }] }]],
      },
    ]);
  });

  it('keeps HTML as text: nothing in a document can run', () => {
    const blocks = parseMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        content: [{ kind: 'text', text: '<script>alert(1)</script> <img src=x onerror=alert(1)>' }],
      },
    ]);
  });

  it('links only to http and https addresses', () => {
    expect(safeHref('https://example.com/a')).toBe('https://example.com/a');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>')).toBeNull();
    const [paragraph] = parseMarkdown('[bad](javascript:alert(1)) and [good](https://example.com)');
    expect(JSON.stringify(paragraph)).not.toContain('javascript:alert(1)","children');
    expect(JSON.stringify(paragraph)).toContain('"kind":"link","href":"https://example.com/"');
  });
});
