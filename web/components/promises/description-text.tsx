import { Text } from '@mantine/core';
import { MarkdownView } from '../markdown/markdown-view.js';

/**
 * A promise's description, written in markdown: rendered by the safe renderer, which builds React
 * elements and never HTML, so whatever was written, nothing of it runs.
 */
export function DescriptionText({ text }: { text: string }) {
  if (text.trim().length === 0) {
    return (
      <Text c="dimmed" fs="italic">
        No description.
      </Text>
    );
  }
  return <MarkdownView markdown={text} headingOffset={3} />;
}
