import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCarryOver, useEndPromise, useLeaveAsItIs } from '../../api/promises.js';
import { ConfirmDialog } from '../confirm-dialog.js';

type Choice = 'carry' | 'end' | 'leave';

const questions: Record<Choice, { title: string; confirm: string; text: (title: string) => string }> = {
  carry: {
    title: 'Carry over into the next cycle',
    confirm: 'Carry over',
    text: (title) =>
      `“${title}” becomes a new promise in the next cycle on its horizon, with the same parties, terms and tags; its key results start where they stand now. The other side is asked to agree to it.`,
  },
  end: {
    title: 'End this promise',
    confirm: 'End it',
    text: (title) => `“${title}” ends here and is not carried over. The end stays in its history.`,
  },
  leave: {
    title: 'Leave it as it is',
    confirm: 'Leave it',
    text: (title) => `“${title}” stays as it is and leaves your inbox. The other side is still asked.`,
  },
};

/**
 * What becomes of an unfinished promise of a closed cycle: carry it over, end it, or leave it, each
 * asked about first. Carrying it opens the new promise.
 */
export function CarryOverActions({ promise }: { promise: { id: string; title: string; version: number } }) {
  const [choice, setChoice] = useState<Choice | null>(null);
  const navigate = useNavigate();
  const carry = useCarryOver((carried) => {
    setChoice(null);
    void navigate(`/promises/${carried.id}`);
  });
  const end = useEndPromise();
  const leave = useLeaveAsItIs();
  const mutation = choice === 'carry' ? carry : choice === 'end' ? end : leave;
  const ask = (next: Choice) => {
    carry.reset();
    end.reset();
    leave.reset();
    setChoice(next);
  };
  const close = () => setChoice(null);
  const confirm = () => {
    if (choice === 'carry') {
      carry.mutate(promise.id);
    } else if (choice === 'end') {
      end.mutate({ id: promise.id, version: promise.version }, { onSuccess: close });
    } else if (choice === 'leave') {
      leave.mutate(promise.id, { onSuccess: close });
    }
  };
  const question = choice ? questions[choice] : questions.carry;
  return (
    <>
      <Group gap="xs" role="group" aria-label={`What becomes of ${promise.title}`}>
        <Button size="xs" onClick={() => ask('carry')}>
          Carry over
        </Button>
        <Button size="xs" variant="light" color="red" onClick={() => ask('end')}>
          End
        </Button>
        <Button size="xs" variant="default" onClick={() => ask('leave')}>
          Leave
        </Button>
      </Group>
      <ConfirmDialog
        opened={choice !== null}
        title={question.title}
        confirmLabel={question.confirm}
        onConfirm={confirm}
        onClose={close}
        isPending={mutation.isPending}
        error={mutation.error}
      >
        {question.text(promise.title)}
      </ConfirmDialog>
    </>
  );
}
