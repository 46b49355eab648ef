import { Text, Typography } from '@mantine/core';
import { useMemo } from 'react';
import { renderMarkdown } from './render-markdown.js';

/**
 * A document written in markdown, rendered by `renderMarkdown` and styled by Mantine's Typography.
 * The HTML is inserted as it is because it is safe by construction: markdown-it escapes all of the
 * document's own HTML (`html: false`), and only the elements its rules write remain, links among
 * them only to http, https and mailto addresses. The document's headings sit below the page's
 * own: with `headingOffset` 2, `#` is an h3.
 */
export function MarkdownView({ markdown, headingOffset = 2 }: { markdown: string; headingOffset?: number }) {
  const html = useMemo(() => renderMarkdown(markdown, headingOffset), [markdown, headingOffset]);
  if (markdown.trim().length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Nothing written yet.
      </Text>
    );
  }
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: markdown-it escapes the document's HTML (see above).
    <Typography dangerouslySetInnerHTML={{ __html: html }} />
  );
}
