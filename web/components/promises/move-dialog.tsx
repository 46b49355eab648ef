import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { MoveBody, type PromiseDetail } from '../../../contract/promises.js';
import type { Act } from '../../../contract/protocol.js';
import { DECLINE_REASON_CODES, opensConversation } from '../../../core/promises/index.js';
import { ApiError } from '../../api/client.js';
import { useCycles } from '../../api/cycles.js';
import { useMakeMove } from '../../api/promises.js';
import { localToday } from '../local-days.js';
import { notifySuccess } from '../notify.js';
import { FormError } from '../query-state.js';
import { actExplanations, actLabels, actPastLabels, reasonCodeLabels } from './labels.js';
import { type MoveContext, toMoveBody, validateMove } from './move-body.js';
import { needOf } from './move-needs.js';
import { ReplyByField } from './reply-by-field.js';
import { refusalCode, splitRequestErrors } from './request-errors.js';
import { type TermsDraft, termsDraftOf } from './terms-change.js';
import { TermsChangeFields } from './terms-change-fields.js';

type ReasonCode = (typeof DECLINE_REASON_CODES)[number];
const isReasonCode = (value: string): value is ReasonCode => value in reasonCodeLabels;

const dialogTitles: Partial<Record<Act, string>> = {
  counter: 'Counter with other terms',
  renegotiate: 'Renegotiate the terms',
  withdraw: 'Withdraw this promise?',
  revoke: 'Revoke this promise?',
  discard: 'Discard this draft?',
  comment: 'Comment',
};

/** A decline of a renegotiation leaves the agreed terms standing; any other decline ends the promise. */
function titleOf(promise: PromiseDetail, act: Act): string {
  if (act === 'decline') {
    return promise.status === 'promised' ? 'Decline the proposal?' : 'Decline this promise?';
  }
  return dialogTitles[act] ?? actLabels[act];
}

/** What a destructive move cannot undo, said before it is confirmed. */
function warningOf(promise: PromiseDetail, act: Act): string | null {
  if (act === 'decline' && promise.status === 'promised') return 'The agreed terms stay as they are.';
  if (act === 'decline' || act === 'withdraw' || act === 'revoke') {
    return 'This ends the promise for both sides and cannot be undone; it stays in the history.';
  }
  return null;
}

/**
 * One move, asking for exactly what it needs: a reason (with its kind, to decline), new terms (to
 * counter or renegotiate), text (to comment), or just a confirmation with an optional note. The
 * server has the last word; its refusal shows next to the field it concerns.
 */
export function MoveDialog({
  promise,
  act,
  prefill,
  onClose,
  onStale,
}: {
  promise: PromiseDetail;
  act: Act;
  /** What the form starts with, from a suggested move: a decline's reason code, a comment's text. */
  prefill?: { reasonCode?: string; text?: string };
  onClose: () => void;
  onStale: () => void;
}) {
  const need = needOf(promise, act);
  const move = useMakeMove(promise.id);
  const cycle = useCycles().data?.find((c) => c.id === promise.cycle.id);
  const onTable = promise.proposal?.proposedTerms ?? promise.terms;
  const [reasonCode, setReasonCode] = useState<ReasonCode | null>(() =>
    prefill?.reasonCode && isReasonCode(prefill.reasonCode) ? prefill.reasonCode : null,
  );
  const [reason, setReason] = useState('');
  const [text, setText] = useState(prefill?.text ?? '');
  const [terms, setTerms] = useState<TermsDraft>(() => termsDraftOf(onTable));
  const [replyBy, setReplyBy] = useState('');
  const [errors, setErrors] = useState<Record<string, ReactNode>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isStale, setIsStale] = useState(false);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const context: MoveContext = { act, version: promise.version, onTable, need };
    const values = { reasonCode, reason, text, terms, replyBy };
    const problems = validateMove(context, values, localToday());
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    // Validated with the same schema just now, so it parses (and trims).
    const body = MoveBody.parse(toMoveBody(context, values));
    move.mutate(body, {
      onSuccess: () => {
        notifySuccess(`${actPastLabels[act]}: “${promise.title}”`);
        onClose();
      },
      onError: (failure) => {
        const code = refusalCode(failure);
        if (failure instanceof ApiError && failure.status === 409) {
          setIsStale(code === 'stale-version');
          onStale();
        }
        if (code === 'reason-required') return setErrors({ reason: failure.message });
        if (code === 'text-required') return setErrors({ text: failure.message });
        const split = splitRequestErrors(failure, ['reason', 'changes', 'text', 'replyBy']);
        setErrors({ ...split.fieldErrors, reason: split.fieldErrors['reason.text'] });
        setMessage(split.message);
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title={titleOf(promise, act)} size={need === 'changes' ? 'xl' : 'md'}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{actExplanations[act]}</Text>
          {warningOf(promise, act) && (
            <Text size="sm" fw={600}>
              {warningOf(promise, act)}
            </Text>
          )}
          {need === 'reason' && act === 'decline' && (
            <Radio.Group
              label="Reason"
              value={reasonCode}
              onChange={(value) => setReasonCode(isReasonCode(value) ? value : null)}
            >
              <Group gap="md" mt={6}>
                {DECLINE_REASON_CODES.map((code) => (
                  <Radio key={code} value={code} label={reasonCodeLabels[code]} />
                ))}
              </Group>
            </Radio.Group>
          )}
          {need === 'reason' && (
            <Textarea
              label="Why"
              description="The other side reads this; say what would change your answer"
              required
              autosize
              minRows={3}
              data-autofocus
              value={reason}
              error={errors.reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
          )}
          {need === 'changes' && (
            <TermsChangeFields value={terms} onChange={setTerms} errors={errors} cycle={cycle} />
          )}
          {need === 'text' ? (
            <Textarea
              label="Comment"
              required
              autosize
              minRows={3}
              data-autofocus
              value={text}
              error={errors.text}
              onChange={(event) => setText(event.currentTarget.value)}
            />
          ) : (
            need !== 'reason' && (
              <Textarea
                label="Note"
                description="Optional: anything the other side should know"
                autosize
                minRows={2}
                value={text}
                error={errors.text}
                onChange={(event) => setText(event.currentTarget.value)}
              />
            )
          )}
          {opensConversation(act) && (
            <ReplyByField value={replyBy} onChange={setReplyBy} error={errors.replyBy} />
          )}
          <FormError message={message} />
          {isStale && (
            <Text size="sm">
              The page now shows the promise as it stands. Check it, then make your move again if it still
              applies.
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={move.isPending}
              color={act === 'decline' || act === 'revoke' || act === 'discard' ? 'red' : undefined}
            >
              {actLabels[act]}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
