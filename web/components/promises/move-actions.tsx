import { Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { PromiseDetail } from '../../../contract/promises.js';
import type { Act } from '../../../contract/protocol.js';
import { EditDraftDialog } from './edit-draft-dialog.js';
import { actLabels } from './labels.js';
import { MoveDialog } from './move-dialog.js';

/**
 * Moves that end the conversation or throw the terms away: set apart from the main action, and each
 * asks for confirmation in its dialog before anything is sent.
 */
export const destructiveActs: ReadonlySet<Act> = new Set<Act>(['decline', 'withdraw', 'revoke', 'discard']);
const ending = new Set<Act>([...destructiveActs, 'declare-dissatisfied']);
const answering = new Set<Act>([
  'promise',
  'accept-offer',
  'request',
  'offer',
  'report-complete',
  'declare-satisfied',
]);

function variantOf(act: Act) {
  if (answering.has(act)) return { variant: 'filled' as const, color: undefined };
  if (ending.has(act)) return { variant: 'light' as const, color: 'red' };
  if (act === 'comment') return { variant: 'default' as const, color: undefined };
  return { variant: 'light' as const, color: undefined };
}

/** The address without the suggested move it opened (`?move=…&reason=…&text=…`). */
function withoutSuggestedMove(params: URLSearchParams): URLSearchParams {
  for (const name of ['move', 'reason', 'text']) params.delete(name);
  return params;
}

/** Exactly the moves the signed-in person may make now, each opening the dialog it needs. */
export function MoveActions({ promise, onStale }: { promise: PromiseDetail; onStale: () => void }) {
  const [searchParams, setSearchParams] = useSearchParams();
  // The customer assesses a completion in the Assessment section, beside the final scores: the
  // declarations are not repeated here.
  // Ending a closed cycle's promise is one of its carry-over choices, offered beside the others.
  const moves = promise.allowedMoves.filter(
    (move) => move !== 'declare-satisfied' && move !== 'declare-dissatisfied' && move !== 'end',
  );
  // `?move=decline&reason=capacity&text=…` opens that move's form prefilled (the strategy debugger's
  // suggested moves lead here), when it is a move the person may make now.
  const asked = moves.find((move) => move === searchParams.get('move')) ?? null;
  const [act, setAct] = useState<Act | null>(asked);
  const [prefill] = useState(() => ({
    reasonCode: searchParams.get('reason') ?? undefined,
    text: searchParams.get('text') ?? undefined,
  }));
  const [isEditing, setIsEditing] = useState(false);
  const close = () => {
    setAct(null);
    if (searchParams.has('move')) setSearchParams(withoutSuggestedMove, { replace: true });
  };
  // A suggested move that is no longer the person's to make (made already, perhaps from a panel
  // that then went away with the dialog in it) leaves the address, so a reload opens nothing.
  const isStale = asked === null && searchParams.has('move');
  useEffect(() => {
    if (isStale) setSearchParams(withoutSuggestedMove, { replace: true });
  }, [isStale, setSearchParams]);
  const canEditDraft = promise.can.editDraft;

  if (moves.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {promise.asOf
          ? 'Moves are made on the promise as it stands now.'
          : 'There is no move for you to make.'}
      </Text>
    );
  }
  // The main answers first; the moves that end it after them, apart, so none of them is ever the
  // first button (nor the one a hurried click lands on).
  const rank = (move: Act) => (answering.has(move) ? 0 : move === 'comment' ? 2 : 1);
  const main = moves.filter((move) => !destructiveActs.has(move)).sort((a, b) => rank(a) - rank(b));
  const destructive = moves.filter((move) => destructiveActs.has(move));
  return (
    <>
      <Group gap="lg" role="group" aria-label="Your moves" justify="space-between" wrap="wrap">
        <Group gap="sm" wrap="wrap">
          {main.map((move) => (
            <Button key={move} {...variantOf(move)} onClick={() => setAct(move)}>
              {actLabels[move]}
            </Button>
          ))}
          {canEditDraft && (
            <Button variant="light" onClick={() => setIsEditing(true)}>
              Edit draft
            </Button>
          )}
        </Group>
        {destructive.length > 0 && (
          <Group gap="sm" role="group" aria-label="Moves that end it" wrap="wrap">
            {destructive.map((move) => (
              <Button key={move} {...variantOf(move)} onClick={() => setAct(move)}>
                {actLabels[move]}
              </Button>
            ))}
          </Group>
        )}
      </Group>
      {isEditing && (
        <EditDraftDialog promise={promise} onClose={() => setIsEditing(false)} onStale={onStale} />
      )}
      {act && (
        <MoveDialog
          key={act}
          promise={promise}
          act={act}
          prefill={act === asked ? prefill : undefined}
          onClose={close}
          onStale={onStale}
        />
      )}
    </>
  );
}
