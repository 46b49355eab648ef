import { Stack, Text } from '@mantine/core';

/**
 * A promise's description as plain text: paragraphs split on blank lines, line breaks kept. React
 * escapes the text, so whatever was written, nothing of it runs or renders as HTML.
 */
export function DescriptionText({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
  if (paragraphs.length === 0) {
    return (
      <Text c="dimmed" fs="italic">
        No description.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {paragraphs.map((paragraph, index) => (
        // The paragraphs have no identity beyond their place in the text.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Text key={index} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {paragraph}
        </Text>
      ))}
    </Stack>
  );
}
