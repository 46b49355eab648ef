import {
  Anchor,
  Blockquote,
  Code,
  Divider,
  List,
  Stack,
  Table,
  Text,
  Title,
  type TitleOrder,
} from '@mantine/core';
import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { boundMarkdown } from './bounded-markdown.js';
import { safeHref } from './safe-href.js';

/*
 * Markdown (CommonMark and GitHub's tables, task lists and strikethrough) through react-markdown,
 * whose parser (micromark) is linear in the document once `boundMarkdown` has defused the shapes
 * it is not, so no document can stall or crash a page. It builds React elements, never HTML: raw
 * HTML shows as the text it is (`htmlAsText`; `skipHtml` drops any left, and there is no
 * rehype-raw), and a link keeps its address only when `safeHref` allows it.
 */

/** The part of a markdown syntax tree (mdast) `htmlAsText` reads and changes. */
interface MdastNode {
  type: string;
  value?: string;
  children?: MdastNode[];
}

/** Where a block of HTML stands on its own, it becomes a paragraph of its text; within a line, text. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * A remark plugin: raw HTML in a document is shown as written, `<script>` and all, so its author
 * sees what they typed and nothing of it is interpreted. Walks with its own stack.
 */
function htmlAsText() {
  return (tree: MdastNode) => {
    const stack = [tree];
    for (let parent = stack.pop(); parent !== undefined; parent = stack.pop()) {
      const children = parent.children ?? [];
      children.forEach((node, index) => {
        if (node.type !== 'html') {
          stack.push(node);
          return;
        }
        const text = { type: 'text', value: node.value ?? '' };
        children[index] = FLOW_PARENTS.has(parent.type) ? { type: 'paragraph', children: [text] } : text;
      });
    }
  };
}

type Heading = 1 | 2 | 3 | 4 | 5 | 6;

function componentsFor(headingOffset: number): Components {
  const heading =
    (level: Heading) =>
    ({ children }: { children?: ReactNode }) => (
      <Title order={Math.min(6, level + headingOffset) as TitleOrder} size={`h${Math.min(6, level + 2)}`}>
        {children}
      </Title>
    );
  return {
    h1: heading(1),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    h5: heading(5),
    h6: heading(6),
    p: ({ children }) => <Text>{children}</Text>,
    // Another site opens in its own tab, and learns neither this page nor a handle on it.
    a: ({ href, children }) =>
      href ? (
        <Anchor href={href} target="_blank" rel="noopener noreferrer nofollow">
          {children}
        </Anchor>
      ) : (
        <>{children}</>
      ),
    ul: ({ children }) => <List spacing={4}>{children}</List>,
    ol: ({ children, start }) => (
      <List type="ordered" spacing={4} start={start}>
        {children}
      </List>
    ),
    li: ({ children }) => <List.Item>{children}</List.Item>,
    blockquote: ({ children }) => (
      <Blockquote p="sm" color="gray">
        {children}
      </Blockquote>
    ),
    code: ({ children }) => <Code>{children}</Code>,
    hr: () => <Divider />,
    // An image would fetch from anywhere whoever reads the document (and the page's policy refuses
    // other origins anyway): its description stands in for it.
    img: ({ alt }) => <>{alt}</>,
    table: ({ children }) => (
      <Table withTableBorder withColumnBorders>
        {children}
      </Table>
    ),
    thead: ({ children }) => <Table.Thead>{children}</Table.Thead>,
    tbody: ({ children }) => <Table.Tbody>{children}</Table.Tbody>,
    tr: ({ children }) => <Table.Tr>{children}</Table.Tr>,
    th: ({ children, style }) => <Table.Th style={style}>{children}</Table.Th>,
    td: ({ children, style }) => <Table.Td style={style}>{children}</Table.Td>,
  };
}

const remarkPlugins = [remarkGfm, htmlAsText];
const byOffset = new Map<number, Components>();

/**
 * Markdown shown as React elements, never as HTML. The document's headings sit below the page's
 * own: with `headingOffset` 2, `#` is an h3.
 */
export function MarkdownView({ markdown, headingOffset = 2 }: { markdown: string; headingOffset?: number }) {
  if (markdown.trim().length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Nothing written yet.
      </Text>
    );
  }
  let components = byOffset.get(headingOffset);
  if (!components) {
    components = componentsFor(headingOffset);
    byOffset.set(headingOffset, components);
  }
  return (
    <Stack gap="sm">
      <Markdown remarkPlugins={remarkPlugins} skipHtml urlTransform={safeHref} components={components}>
        {boundMarkdown(markdown)}
      </Markdown>
    </Stack>
  );
}
