import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { fieldMessage } from '../../../contract/common.js';
import {
  AnswerQuestionBody,
  AskQuestionBody,
  MAX_QUESTION_TEXT_LENGTH,
  type PromiseReviews,
} from '../../../contract/draft-reviews.js';
import { ApiError, errorMessage } from '../../api/client.js';
import { useAnswerQuestion, useAskQuestion, useResolveQuestion } from '../../api/draft-reviews.js';
import { formatInstant } from '../format.js';
import { contractValidator } from '../forms/contract-validator.js';
import { MentionText } from '../mentions/mention-text.js';
import { MentionTextarea } from '../mentions/mention-textarea.js';
import { notifyFailure, notifySuccess } from '../notify.js';
import { FormError } from '../query-state.js';

type Question = PromiseReviews['questions'][number];

/**
 * A text box with its button, validated by the contract's body for it: the field's own problem next to
 * it, anything else above the button.
 */
function TextForm({
  label,
  formLabel,
  submitLabel,
  schema,
  isPending,
  onSubmit,
}: {
  label: string;
  formLabel: string;
  submitLabel: string;
  schema: typeof AskQuestionBody | typeof AnswerQuestionBody;
  isPending: boolean;
  onSubmit: (text: string, done: () => void, failed: (error: unknown) => void) => void;
}) {
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const problems = contractValidator(schema)({ text });
    setFieldError(problems.text ?? null);
    if (Object.keys(problems).length > 0) return;
    onSubmit(
      schema.parse({ text }).text,
      () => setText(''),
      (failure) => {
        const issue = failure instanceof ApiError ? failure.issues.find((i) => i.path === 'text') : undefined;
        if (issue) setFieldError(fieldMessage(issue.message));
        else setError(errorMessage(failure));
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={formLabel}>
      <Stack gap="xs" maw={640}>
        <MentionTextarea
          label={label}
          autosize
          minRows={2}
          maxLength={MAX_QUESTION_TEXT_LENGTH}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={fieldError}
        />
        <FormError message={error} />
        <Group>
          <Button type="submit" variant="light" loading={isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function QuestionItem({ promiseId, question }: { promiseId: string; question: Question }) {
  const answer = useAnswerQuestion(promiseId);
  const resolve = useResolveQuestion(promiseId);
  const isResolved = question.resolvedAt !== null;

  return (
    <Paper component="li" withBorder p="sm" aria-label={`Question: ${question.text}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text style={{ whiteSpace: 'pre-wrap' }}>
            <MentionText text={question.text} />
          </Text>
          <Badge
            variant="light"
            tt="none"
            color={isResolved ? 'green' : question.answer ? 'blue' : 'yellow'}
            style={{ flexShrink: 0 }}
          >
            {isResolved ? 'Resolved' : question.answer ? 'Answered' : 'Open'}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          Asked by {question.askedBy.name} on {formatInstant(question.askedAt)}
        </Text>
        {question.answer && (
          <Paper bg="var(--mantine-color-default-hover)" p="xs">
            <Text size="xs" c="dimmed">
              Answer{question.answeredAt && `, ${formatInstant(question.answeredAt)}`}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              <MentionText text={question.answer} />
            </Text>
          </Paper>
        )}
        {question.can.answer && (
          <TextForm
            label="Answer"
            formLabel={`Answer the question: ${question.text}`}
            submitLabel={question.answer ? 'Change answer' : 'Send answer'}
            schema={AnswerQuestionBody}
            isPending={answer.isPending}
            onSubmit={(text, done, failed) =>
              answer.mutate(
                { questionId: question.id, text },
                {
                  onSuccess: () => {
                    done();
                    notifySuccess('Your answer is sent');
                  },
                  onError: failed,
                },
              )
            }
          />
        )}
        {question.can.resolve && (
          <Group>
            <Button
              size="xs"
              variant="default"
              loading={resolve.isPending}
              onClick={() =>
                resolve.mutate(question.id, {
                  onError: (error) => notifyFailure('Could not resolve the question', error),
                })
              }
            >
              Resolve
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** Questions reviewers raise: the promise's sides answer them; the asker or the sides resolve them. */
export function ReviewQuestions({
  promiseId,
  reviews,
  canAsk,
}: {
  promiseId: string;
  reviews: PromiseReviews;
  canAsk: boolean;
}) {
  const ask = useAskQuestion(promiseId);
  return (
    <Stack gap="sm">
      {reviews.questions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No question raised.
        </Text>
      ) : (
        <Stack component="ul" aria-label="Questions" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {reviews.questions.map((question) => (
            <QuestionItem key={question.id} promiseId={promiseId} question={question} />
          ))}
        </Stack>
      )}
      {canAsk && (
        <TextForm
          label="Your question"
          formLabel="Ask a question"
          submitLabel="Ask question"
          schema={AskQuestionBody}
          isPending={ask.isPending}
          onSubmit={(text, done, failed) =>
            ask.mutate(text, {
              onSuccess: () => {
                done();
                notifySuccess('Your question is raised');
              },
              onError: failed,
            })
          }
        />
      )}
    </Stack>
  );
}
