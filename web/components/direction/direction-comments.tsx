import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { fieldMessage } from '../../../contract/common.js';
import {
  CommentDirectionBody,
  type DirectionDocument,
  MAX_DIRECTION_COMMENT_LENGTH,
} from '../../../contract/direction.js';
import { ApiError, errorMessage } from '../../api/client.js';
import { useCommentOnDirection } from '../../api/direction.js';
import { formatInstant } from '../format.js';
import { contractValidator } from '../forms/contract-validator.js';
import { MentionText } from '../mentions/mention-text.js';
import { MentionTextarea } from '../mentions/mention-textarea.js';
import { FormError } from '../query-state.js';

type Version = DirectionDocument['versions'][number];

const validateComment = contractValidator(CommentDirectionBody);

/** The comments on one published version, and (for members) a form to add one. */
export function DirectionComments({
  cycleId,
  version,
  comments,
  canComment,
}: {
  cycleId: string;
  version: Version;
  comments: DirectionDocument['comments'];
  canComment: boolean;
}) {
  const comment = useCommentOnDirection(cycleId);
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onVersion = comments.filter((c) => c.versionId === version.id);
  const elsewhere = comments.length - onVersion.length;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const values = { text, versionId: version.id };
    const problems = validateComment(values);
    setFieldError(problems.text ?? null);
    if (Object.keys(problems).length > 0) return;
    comment.mutate(CommentDirectionBody.parse(values), {
      onSuccess: () => setText(''),
      onError: (failure) => {
        const issue = failure instanceof ApiError ? failure.issues.find((i) => i.path === 'text') : undefined;
        if (issue) setFieldError(fieldMessage(issue.message));
        else setError(errorMessage(failure));
      },
    });
  };

  return (
    <Stack gap="sm">
      {onVersion.length === 0 ? (
        <Text size="sm" c="dimmed">
          No comment on version {version.version} yet.
        </Text>
      ) : (
        <Stack
          component="ul"
          aria-label={`Comments on version ${version.version}`}
          gap="xs"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
        >
          {onVersion.map((c) => (
            <Paper component="li" key={c.id} withBorder p="sm">
              <Text size="xs" c="dimmed">
                {c.person.name} · <time dateTime={c.at}>{formatInstant(c.at)}</time>
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <MentionText text={c.text} />
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {elsewhere > 0 && (
        <Text size="xs" c="dimmed">
          {elsewhere === 1 ? '1 comment is' : `${elsewhere} comments are`} on other versions.
        </Text>
      )}
      {canComment && (
        <form onSubmit={submit} noValidate aria-label={`Comment on version ${version.version}`}>
          <Stack gap="xs" maw={640}>
            <MentionTextarea
              label="Your comment"
              description="A question, a doubt, what your team knows that leadership may not"
              autosize
              minRows={2}
              maxLength={MAX_DIRECTION_COMMENT_LENGTH}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              error={fieldError}
            />
            <FormError message={error} />
            <Group>
              <Button type="submit" variant="light" loading={comment.isPending}>
                Comment on version {version.version}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
