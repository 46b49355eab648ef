import { Anchor, Blockquote, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import type { PromiseDetail } from '../../../contract/promises.js';
import { AssessForm } from '../assessments/assess-form.js';
import { MoveActions } from './move-actions.js';
import { ProposalView } from './proposal-view.js';

/**
 * Whether the signed-in person has something to do on the promise now: a move beyond a comment,
 * an assessment, a check-in or a draft to edit. The page then leads with the "Your move" panel.
 */
export function hasYourMove(promise: PromiseDetail): boolean {
  if (promise.asOf) return false;
  const answers = promise.allowedMoves.filter((move) => move !== 'comment' && move !== 'end');
  return answers.length > 0 || promise.can.assess || promise.can.editDraft || canCheckInNow(promise);
}

function canCheckInNow(promise: PromiseDetail): boolean {
  return promise.can.checkIn && promise.status === 'promised';
}

/** The note the latest counter or renegotiation came with: today it would otherwise be only in the history. */
function proposerNote(promise: PromiseDetail): string | null {
  if (!promise.proposal) return null;
  const proposing = promise.history.findLast((move) => move.act === 'counter' || move.act === 'renegotiate');
  return proposing?.text?.trim() || null;
}

/**
 * What the viewer is awaited for, at the top of the page: the allowed moves, the pending proposal side
 * by side with the current terms and its proposer's note, the assessment when a completion is reported,
 * and a way to the check-in form. Each move opens the form it needs.
 */
export function YourMovePanel({ promise, onStale }: { promise: PromiseDetail; onStale: () => void }) {
  const note = proposerNote(promise);
  const location = useLocation();
  return (
    <Paper
      component="section"
      aria-labelledby="your-move-heading"
      withBorder
      p="md"
      radius="md"
      style={{ borderColor: 'var(--mantine-color-blue-6)', borderWidth: 2 }}
    >
      <Stack gap="md">
        <Title order={2} size="h3" id="your-move-heading">
          Your move
        </Title>
        {promise.proposal && (
          <Stack gap="xs">
            <ProposalView promise={promise} proposal={promise.proposal} />
            {note && (
              <Blockquote p="sm" color="orange">
                <Text size="sm" fw={600}>
                  Their note
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {note}
                </Text>
              </Blockquote>
            )}
          </Stack>
        )}
        {promise.can.assess && <AssessForm promise={promise} />}
        <MoveActions promise={promise} onStale={onStale} />
        {canCheckInNow(promise) && (
          <Text size="sm">
            Keeping it?{' '}
            <Anchor component={Link} to={`${location.pathname}${location.search}#check-in`} fw={600}>
              Check in
            </Anchor>{' '}
            with the latest values and your confidence.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
