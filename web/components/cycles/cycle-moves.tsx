import { Alert, Anchor, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { MovedCycle } from '../../../contract/cycles.js';
import type { CycleState } from '../../../core/planning/index.js';
import { nextCycleStates } from '../../../core/planning/index.js';
import { errorMessage } from '../../api/client.js';
import { useMoveCycle } from '../../api/cycles.js';
import { StatusBadge } from '../promises/badges.js';
import { FormError } from '../query-state.js';
import { cycleMoveLabels, cycleReopenLabel } from './cycle-labels.js';

const explanations: Record<CycleState, string> = {
  planning: '',
  active:
    'The plan as it stands becomes the plan of the cycle. Promises still drafted or negotiated are listed with the approval, not dropped: they can still be settled.',
  reviewing: 'Performers and customers assess what was kept. Check-ins can still come in.',
  closed: 'Closing is final: the assessments become history. Plan the next cycle next.',
};

function labelOf(from: CycleState, to: CycleState): string {
  return from === 'reviewing' && to === 'active' ? cycleReopenLabel : cycleMoveLabels[to];
}

/** The owner's and admins' buttons that move the cycle on, each confirmed, and what approval left unsettled. */
export function CycleMoves({
  cycleId,
  cycleName,
  state,
}: {
  cycleId: string;
  cycleName: string;
  state: CycleState;
}) {
  const move = useMoveCycle(cycleId);
  const [to, setTo] = useState<CycleState | null>(null);
  const [approved, setApproved] = useState<MovedCycle | null>(null);

  return (
    <Stack gap="sm">
      <Group gap="sm">
        {nextCycleStates(state).map((next, index) => (
          <Button
            key={next}
            variant={index === 0 ? 'filled' : 'default'}
            onClick={() => {
              move.reset();
              setTo(next);
            }}
          >
            {labelOf(state, next)}
          </Button>
        ))}
      </Group>
      {approved && <Unsettled moved={approved} onDismiss={() => setApproved(null)} />}
      <Modal
        opened={to !== null}
        onClose={() => setTo(null)}
        title={to ? `${labelOf(state, to)} of ${cycleName}?` : ''}
      >
        {to && (
          <Stack>
            <Text>{explanations[to]}</Text>
            <FormError message={move.error ? errorMessage(move.error) : null} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setTo(null)}>
                Cancel
              </Button>
              <Button
                loading={move.isPending}
                onClick={() =>
                  move.mutate(to, {
                    onSuccess: (moved) => {
                      setTo(null);
                      setApproved(state === 'planning' && to === 'active' ? moved : null);
                    },
                  })
                }
              >
                {labelOf(state, to)}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

function Unsettled({ moved, onDismiss }: { moved: MovedCycle; onDismiss: () => void }) {
  const count = moved.unsettled.length;
  return (
    <Alert
      color={count > 0 ? 'orange' : 'green'}
      icon={<IconCircleCheck aria-hidden="true" />}
      title="The plan is approved"
      role="status"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onDismiss}
    >
      {count === 0 ? (
        'Every promise of the cycle was settled.'
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            {count === 1 ? '1 promise was' : `${count} promises were`} still drafted or negotiated. They stay
            as they are and can still be settled:
          </Text>
          <List size="sm" aria-label="Unsettled at approval">
            {moved.unsettled.map((promise) => (
              <List.Item key={promise.id}>
                <Anchor component={Link} to={`/promises/${promise.id}`} size="sm">
                  {promise.title}
                </Anchor>{' '}
                <StatusBadge status={promise.status} size="sm" />
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Alert>
  );
}
