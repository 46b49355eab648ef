import { performance } from 'node:perf_hooks';

/**
 * `npm run bench:markdown`: renders adversarial documents of 1 MiB each with the web app's markdown
 * view (markdown-it), as a member's browser would (here to static HTML), and prints how long each
 * took. The target is under 100 ms a document; react-markdown with remark-gfm, which markdown-it
 * replaced, took 6–30 s on most of them. A figure, not a test: nothing here fails on time.
 */
/** The size of each document in KiB: `npm run bench:markdown -- 100` renders 100 KiB ones. */
const SIZE = Number(process.argv[2] ?? 1024) * 1024;

/** `unit` repeated to `SIZE` characters. */
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const documents: Record<string, string> = {
  'unclosed links `[a](`': fill('[a]('),
  'unclosed link texts `[`': fill('['),
  'nested emphasis `*a **b _c`': fill('*a **b _c __d '),
  'emphasis delimiters `*_`': fill('*_'),
  'backticks of growing length': Array.from({ length: 1400 }, (_, i) => `${'`'.repeat(i % 700)}x `)
    .join('')
    .slice(0, SIZE),
  'deep lists': fill(Array.from({ length: 64 }, (_, i) => `${'  '.repeat(i)}- item\n`).join('')),
  'deep quotes `>`': fill('>'),
  'a table of 10,000 rows': fill(
    `| a | b | c |\n| - | - | - |\n${'| 1 | *2* | [3](https://x.y) |\n'.repeat(10_000)}`,
  ),
  'links with long addresses': fill(`[link](https://example.com/${'a'.repeat(2000)}) `),
  'ordinary prose': fill(
    '## A heading\n\nWin the **mid-market** with [partners](https://example.com).\n\n- one\n- two\n\n',
  ),
};

/*
 * The web app's code is typechecked by web/tsconfig.json (JSX, the DOM), not by the Node project
 * this script belongs to: it is loaded by a path TypeScript does not follow, with the one function
 * used declared here. tsx runs it with the web's settings (package.json, bench:markdown).
 */
const webModule = '../web/components/markdown/markdown-html.js';
const { renderMarkdownToHtml: render }: { renderMarkdownToHtml: (markdown: string) => string } = await import(
  webModule
);

// One warm-up, so the figures are the renderer's and not the first load of its modules.
render(documents['ordinary prose'] ?? '');

console.log(`Rendering ${(SIZE / 1024).toFixed(0)} KiB documents to HTML (target < 100 ms each):`);
for (const [name, markdown] of Object.entries(documents)) {
  const start = performance.now();
  let outcome: string;
  try {
    outcome = `${(render(markdown).length / 1024).toFixed(0)} KiB of HTML`;
  } catch (error) {
    outcome = `failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  const ms = performance.now() - start;
  console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${name.padEnd(32)} ${outcome}`);
}
