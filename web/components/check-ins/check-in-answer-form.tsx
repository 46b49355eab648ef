import { Button, Group, Stack, VisuallyHidden } from '@mantine/core';
import { IconEye, IconHeartHandshake, IconMessage } from '@tabler/icons-react';
import { useState } from 'react';
import { AnswerCheckInBody, type CheckIn } from '../../../contract/check-ins.js';
import { useAnswerCheckIn } from '../../api/check-ins.js';
import { errorMessage } from '../../api/client.js';
import { contractValidator } from '../forms/contract-validator.js';
import { MentionTextarea } from '../mentions/mention-textarea.js';
import { notifySuccess } from '../notify.js';

type Kind = CheckIn['answers'][number]['kind'];

const validateAnswer = contractValidator(AnswerCheckInBody);

/**
 * Customership is active work: the customer answers a check-in by acknowledging it, commenting on it
 * or offering help. A comment or an offer of help says something, so it needs words (the contract's rule).
 */
export function CheckInAnswerForm({
  checkIn,
  label,
  isInitiallyOpen,
}: {
  checkIn: CheckIn;
  label: string;
  isInitiallyOpen: boolean;
}) {
  const [isOpen, setIsOpen] = useState(isInitiallyOpen);
  const answer = useAnswerCheckIn();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pendingKind, setPendingKind] = useState<Kind | null>(null);

  const send = (kind: Kind) => {
    const problem = validateAnswer({ kind, text }).text;
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    setPendingKind(kind);
    answer.mutate(
      { checkInId: checkIn.id, ...AnswerCheckInBody.parse({ kind, text }) },
      {
        onSuccess: () => {
          setText('');
          notifySuccess('Your answer is sent to the performer');
        },
        onError: (failure) => setError(errorMessage(failure)),
        onSettled: () => setPendingKind(null),
      },
    );
  };

  if (!isOpen) {
    return (
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconMessage size={16} aria-hidden="true" />}
          aria-expanded={false}
          onClick={() => setIsOpen(true)}
        >
          <span aria-hidden="true">Answer</span>
          <VisuallyHidden>{label}</VisuallyHidden>
        </Button>
      </Group>
    );
  }

  return (
    <form
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send('comment');
      }}
    >
      <Stack gap="xs">
        <MentionTextarea
          label="Your answer"
          description="Optional when you acknowledge"
          autosize
          minRows={2}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setError(null);
          }}
          error={error}
        />
        <Group gap="xs">
          <Button
            variant="light"
            size="sm"
            leftSection={<IconEye size={16} aria-hidden="true" />}
            loading={pendingKind === 'acknowledge'}
            disabled={pendingKind !== null && pendingKind !== 'acknowledge'}
            onClick={() => send('acknowledge')}
          >
            Acknowledge
          </Button>
          <Button
            type="submit"
            variant="light"
            size="sm"
            leftSection={<IconMessage size={16} aria-hidden="true" />}
            loading={pendingKind === 'comment'}
            disabled={pendingKind !== null && pendingKind !== 'comment'}
          >
            Comment
          </Button>
          <Button
            variant="light"
            color="teal"
            size="sm"
            leftSection={<IconHeartHandshake size={16} aria-hidden="true" />}
            loading={pendingKind === 'offer-help'}
            disabled={pendingKind !== null && pendingKind !== 'offer-help'}
            onClick={() => send('offer-help')}
          >
            Offer help
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
