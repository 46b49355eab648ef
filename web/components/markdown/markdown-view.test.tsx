import { describe, expect, it } from 'vitest';
import { renderMarkdownToHtml as render } from './markdown-html.js';
import { safeHref } from './safe-href.js';

/** The opening tags of one kind of element, with their attributes. */
const tags = (html: string, name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];

describe('the safe markdown of directions and promises', () => {
  it('reads headings below the page’s own, paragraphs, lists and emphasis', () => {
    const html = render('# Grow\n\nWin the **mid-market**.\n\n- one\n- *two*');
    expect(html).toMatch(/<h3[^>]*>Grow<\/h3>/);
    expect(html).toMatch(/<p[^>]*>Win the <strong>mid-market<\/strong>.<\/p>/);
    expect(html).toMatch(/<ul[^>]*>.*one.*<em>two<\/em>.*<\/ul>/s);
    expect(render('# Grow', 3)).toMatch(/<h4[^>]*>Grow<\/h4>/);
  });

  it('reads numbered lists, quotes and tables', () => {
    const html = render(
      '3. third\n4. fourth\n\n> Customers first.\n\n| metric | target |\n| --- | ---: |\n| NPS | 40 |',
    );
    expect(tags(html, 'ol')[0]).toContain('start="3"');
    expect(html).toMatch(/<li[^>]*>.*third.*<\/li>/s);
    expect(html).toMatch(/<blockquote[^>]*>.*Customers first\..*<\/blockquote>/s);
    expect(html).toMatch(/<table[^>]*>.*<th[^>]*>metric<\/th>.*<td[^>]*>NPS<\/td>.*<td[^>]*>40<\/td>/s);
  });

  it('shows HTML as the text it is: nothing in a document can run', () => {
    const html = render(
      '<script>alert(1)</script>\n\nHello <img src=x onerror=alert(1)> <b onclick="x()">bold</b>\n\n> <iframe src="https://evil.example"></iframe>',
    );
    for (const tag of ['script', 'img', 'b', 'iframe']) expect(tags(html, tag)).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(
      /<p[^>]*>Hello &lt;img src=x onerror=alert\(1\)&gt; &lt;b onclick=&quot;x\(\)&quot;&gt;bold&lt;\/b&gt;<\/p>/,
    );
    expect(html).toMatch(/<blockquote[^>]*>.*&lt;iframe.*<\/blockquote>/s);
  });

  it('links only to http, https and mailto addresses, in a new tab that learns nothing of the page', () => {
    const html = render(
      '[bad](javascript:alert(1)) [data](data:text/html,<script>) [page](/admin) [good](https://example.com/a) [mail](mailto:ada@example.com)',
    );
    const anchors = tags(html, 'a');
    expect(anchors).toHaveLength(2);
    expect(anchors[0]).toContain('href="https://example.com/a"');
    expect(anchors[1]).toContain('href="mailto:ada@example.com"');
    for (const anchor of anchors) {
      expect(anchor).toContain('target="_blank"');
      expect(anchor).toContain('rel="noopener noreferrer nofollow"');
    }
    expect(html).not.toMatch(/javascript:|data:text/);
    // The refused links keep their words, as text.
    expect(html).toContain('bad');
    expect(html).toContain('page');
  });

  it('refuses every disguise of an unsafe address, keeping the link’s words as text', () => {
    const html = render(
      '<javascript:alert(1)> [encoded](jav&#x61;script:alert(1)) [shout](JAVASCRIPT:alert(1)) [ref][r] [**bold** words](vbscript:x)\n\n[r]: javascript:alert(2)',
    );
    expect(tags(html, 'a')).toEqual([]);
    expect(html).toMatch(/<p[^>]*>javascript:alert\(1\) encoded shout ref <strong>bold<\/strong> words<\/p>/);
  });

  it('keeps tables, their cells and code as text: nothing in them runs', () => {
    const html = render(
      '| a | b |\n| :- | -: |\n| <b>1</b> | [x](javascript:1) |\n\n```js\n<script>x</script>\n```',
    );
    expect(tags(html, 'b')).toEqual([]);
    expect(tags(html, 'script')).toEqual([]);
    expect(tags(html, 'a')).toEqual([]);
    expect(html).toMatch(/<th style="text-align:right">b<\/th>/);
    expect(html).toMatch(/<td[^>]*>&lt;b&gt;1&lt;\/b&gt;<\/td>/);
    expect(html).toContain('<code class="language-js">&lt;script&gt;x&lt;/script&gt;');
  });

  it('escapes what would break out of an attribute', () => {
    const anchors = tags(render('[a](https://example.com/"onmouseover="x "t\\"onclick=y")'), 'a');
    expect(anchors).toHaveLength(1);
    expect(anchors[0]).not.toMatch(/\son(mouseover|click)=/);
  });

  it('reads strikethrough and numbered lists with parentheses, and caps headings at h6', () => {
    const html = render('~~gone~~\n\n1) a\n2) b\n\n##### five');
    expect(html).toContain('<s>gone</s>');
    expect(html).toMatch(/<ol[^>]*>\s*<li[^>]*>a<\/li>\s*<li[^>]*>b<\/li>\s*<\/ol>/);
    expect(html).toMatch(/<h6[^>]*>five<\/h6>/);
  });

  it('shows an image as its description, fetching nothing', () => {
    const html = render('![the roadmap](https://tracker.example/pixel.png)');
    expect(tags(html, 'img')).toEqual([]);
    expect(html).toContain('the roadmap');
    expect(html).not.toContain('tracker.example');
  });

  it('renders what would overflow or stall the parser: deep quotes, thousands of emphasis marks or links', () => {
    const quotes = render(`${'>'.repeat(20_000)} deep`);
    expect(tags(quotes, 'blockquote').length).toBeLessThan(20);
    expect(quotes).toContain('deep');
    const marks = render('*_'.repeat(10_000));
    expect(tags(marks, 'em')).toEqual([]);
    expect(marks).toContain('*_*_');
    const links = render('[a]('.repeat(10_000));
    expect(tags(links, 'a')).toEqual([]);
    expect(links).toContain('[a]([a](');
  });

  it('shows only the too-marked block as written: the others keep their emphasis, a long table its links', () => {
    const html = render(`**kept**\n\n${'*_'.repeat(10_000)}\n\n[kept](https://example.com)`);
    expect(tags(html, 'strong')).toHaveLength(1);
    expect(tags(html, 'a')).toHaveLength(1);
    expect(tags(html, 'em')).toEqual([]);
    const table = render(`| a | link |\n| - | - |\n${'| *1* | [x](https://example.com) |\n'.repeat(1_000)}`);
    expect(tags(table, 'a')).toHaveLength(1_000);
    expect(tags(table, 'em')).toHaveLength(1_000);
  });

  it('keeps every word of lists nested deeper than markdown-it goes by default', () => {
    const deepList = Array.from({ length: 64 }, (_, depth) => `${'  '.repeat(depth)}- item ${depth}`).join(
      '\n',
    );
    const html = render(`${deepList}\n\nThe end.`);
    expect(tags(html, 'ul')).toHaveLength(64);
    expect(html).toContain('item 63');
    expect(html).toContain('The end.');
  });

  it('says so when nothing is written', () => {
    expect(render('  \n ')).toContain('Nothing written yet.');
  });

  it('allows exactly the addresses a link may have', () => {
    expect(safeHref('https://example.com/a')).toBe('https://example.com/a');
    expect(safeHref('HTTP://Example.com')).toBe('http://example.com/');
    expect(safeHref('mailto:ada@example.com')).toBe('mailto:ada@example.com');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>')).toBeNull();
    expect(safeHref('//evil.example')).toBeNull();
    expect(safeHref('https://')).toBeNull();
  });
});
