import { Anchor, Code, List, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';
import { type Inline, parseMarkdown } from './markdown.js';

function renderInline(inlines: readonly Inline[]): ReactNode[] {
  return inlines.map((inline, index) => {
    const key = `${inline.kind}-${index}`;
    switch (inline.kind) {
      case 'text':
        return inline.text;
      case 'code':
        return <Code key={key}>{inline.text}</Code>;
      case 'strong':
        return <strong key={key}>{renderInline(inline.children)}</strong>;
      case 'em':
        return <em key={key}>{renderInline(inline.children)}</em>;
      case 'link':
        return (
          <Anchor key={key} href={inline.href} target="_blank" rel="noopener noreferrer nofollow">
            {renderInline(inline.children)}
          </Anchor>
        );
    }
    return null;
  });
}

/**
 * Markdown shown as React elements, never as HTML. The document's headings sit below the page's
 * own: with `headingOffset` 2, `#` is an h3.
 */
export function MarkdownView({ markdown, headingOffset = 2 }: { markdown: string; headingOffset?: number }) {
  const blocks = parseMarkdown(markdown);
  if (blocks.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Nothing written yet.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {blocks.map((block, index) => {
        const key = `${block.kind}-${index}`;
        if (block.kind === 'heading') {
          const order = Math.min(6, block.level + headingOffset) as TitleOrder;
          return (
            <Title key={key} order={order} size={`h${Math.min(6, block.level + 2)}`}>
              {renderInline(block.content)}
            </Title>
          );
        }
        if (block.kind === 'list') {
          return (
            <List key={key} spacing={4}>
              {block.items.map((item, itemIndex) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a list item has no identity but its place.
                <List.Item key={itemIndex}>{renderInline(item)}</List.Item>
              ))}
            </List>
          );
        }
        return <Text key={key}>{renderInline(block.content)}</Text>;
      })}
    </Stack>
  );
}
