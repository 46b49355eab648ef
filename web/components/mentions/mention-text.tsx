import { Anchor } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { mentionParts } from '../../../core/mentions/index.js';

/** A text as written, each `@[Name](person:ID)` in it shown as a link to that person. */
export function MentionText({ text }: { text: string }) {
  return (
    <>
      {mentionParts(text).map((part, index) =>
        'text' in part ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text, in order, never reordered
          <Fragment key={index}>{part.text}</Fragment>
        ) : (
          <Anchor
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text, in order, never reordered
            key={index}
            component={Link}
            to={`/people?q=${encodeURIComponent(part.mention.name)}`}
            data-person-id={part.mention.personId}
          >
            @{part.mention.name}
          </Anchor>
        ),
      )}
    </>
  );
}
