import { Anchor, Badge, Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FindingView } from '../../../contract/findings.js';
import { useDismissFinding, useUndoFindingDismissal } from '../../api/findings.js';
import { notifyFailure } from '../notify.js';
import { suggestedMoveLabel, suggestedMovePath } from './finding-kinds.js';

const names = (parties: FindingView['parties']['from']) =>
  parties.map((party) => party.name).join(', ') || 'nobody yet';

/** One finding: what it says, who should talk to whom, the move that would settle it, and dismiss. */
export function FindingItem({ finding }: { finding: FindingView }) {
  const [isDismissing, setIsDismissing] = useState(false);
  const undo = useUndoFindingDismissal();
  const path = suggestedMovePath(finding.suggestedMove);
  return (
    <Paper component="li" withBorder p="md">
      <Stack gap="xs">
        <Group gap="xs">
          <Badge color={finding.severity === 'problem' ? 'red' : 'yellow'} variant="light" tt="none">
            {finding.severity === 'problem' ? 'Problem' : 'Warning'}
          </Badge>
          {finding.status === 'dismissed' && (
            <Badge color="gray" variant="light" tt="none">
              Dismissed
            </Badge>
          )}
        </Group>
        {finding.code === 'risk-from-supplier' && <DependencyRiskTitle finding={finding} />}
        <Text>{finding.message}</Text>
        <Text size="sm" c="dimmed">
          Who should talk: {names(finding.parties.from)} with {names(finding.parties.to)}
        </Text>
        {finding.promises.length > 0 && (
          <Group gap="sm">
            {finding.promises.slice(0, 6).map((promise) => (
              <Anchor key={promise.id} component={Link} to={`/promises/${promise.id}`} size="sm">
                {promise.title}
              </Anchor>
            ))}
          </Group>
        )}
        {finding.dismissal && <Text size="sm">Dismissed: {finding.dismissal.reason}</Text>}
        <Group gap="sm">
          {path && finding.status === 'open' && (
            <Button component={Link} to={path} size="xs">
              {suggestedMoveLabel(finding.suggestedMove)}
            </Button>
          )}
          {finding.canDismiss && finding.status === 'open' && (
            <Button size="xs" variant="default" onClick={() => setIsDismissing(true)}>
              Dismiss
            </Button>
          )}
          {finding.canDismiss && finding.status === 'dismissed' && (
            <Button
              size="xs"
              variant="default"
              loading={undo.isPending}
              onClick={() =>
                undo.mutate(finding.key, {
                  onError: (error) => notifyFailure('Could not undo the dismissal', error),
                })
              }
            >
              Undo dismissal
            </Button>
          )}
        </Group>
      </Stack>
      {isDismissing && <DismissDialog finding={finding} onClose={() => setIsDismissing(false)} />}
    </Paper>
  );
}

/** What the dependent's sides read first: that it is at risk, and from which supplier. */
export function DependencyRiskTitle({ finding }: { finding: FindingView }) {
  const [, supplier] = finding.promises;
  return (
    <Text fw={600}>
      At risk from a dependency
      {supplier ? (
        <>
          {': '}
          <Anchor component={Link} to={`/promises/${supplier.id}`} c="inherit" underline="always">
            {supplier.title}
          </Anchor>
        </>
      ) : null}
    </Text>
  );
}

function DismissDialog({ finding, onClose }: { finding: FindingView; onClose: () => void }) {
  const dismiss = useDismissFinding();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal opened onClose={onClose} title="Dismiss this finding">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim() === '') return setError('Say why, so the others know');
          dismiss.mutate(
            { key: finding.key, reason: reason.trim() },
            { onSuccess: onClose, onError: (failure) => setError(failure.message) },
          );
        }}
      >
        <Stack>
          <Text size="sm">It stays dismissed until its situation changes; anyone it names may undo it.</Text>
          <Textarea
            label="Why"
            required
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            error={error}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={dismiss.isPending}>
              Dismiss
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
