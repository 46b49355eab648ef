import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { MarkdownView } from './markdown-view.js';

/**
 * The HTML a reader's browser builds for a document, rendered without a browser: what the tests
 * check and what `npm run bench:markdown` times. The app itself never imports it.
 */
export function renderMarkdownToHtml(markdown: string, headingOffset?: number): string {
  return renderToStaticMarkup(
    <MantineProvider>
      <MarkdownView markdown={markdown} headingOffset={headingOffset} />
    </MantineProvider>,
  );
}
