import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { PromiseDetail } from '../../../contract/promises.js';
import type { Act } from '../../../contract/protocol.js';
import { EditDraftDialog } from './edit-draft-dialog.js';
import { actLabels } from './labels.js';
import { MoveDialog } from './move-dialog.js';

const ending = new Set<Act>(['decline', 'withdraw', 'revoke', 'declare-dissatisfied', 'discard']);
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

/** Exactly the moves the signed-in person may make now, each opening the dialog it needs. */
export function MoveActions({ promise, onStale }: { promise: PromiseDetail; onStale: () => void }) {
  const [act, setAct] = useState<Act | null>(null);
  const [isEditing, setIsEditing] = useState(false);
  // The customer assesses a completion in the Assessment section, beside the final scores: the
  // declarations are not repeated here.
  // Ending a closed cycle's promise is one of its carry-over choices, offered beside the others.
  const moves = promise.allowedMoves.filter(
    (move) => move !== 'declare-satisfied' && move !== 'declare-dissatisfied' && move !== 'end',
  );
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
  return (
    <>
      <Group gap="sm" role="group" aria-label="Your moves">
        {moves.map((move) => (
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
      {isEditing && (
        <EditDraftDialog promise={promise} onClose={() => setIsEditing(false)} onStale={onStale} />
      )}
      {act && (
        <MoveDialog key={act} promise={promise} act={act} onClose={() => setAct(null)} onStale={onStale} />
      )}
    </>
  );
}
