import { Anchor, Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import { Link } from 'react-router';
import type { MoveRecord } from '../../../contract/promises.js';
import { formatCalendarDate, formatInstant } from '../format.js';
import { ConditionText } from './conditions-list.js';
import { actPastLabels, reasonCodeLabels, sideLabels } from './labels.js';

/** What a counter or renegotiation proposed, in a few lines. */
function ChangesSummary({ changes }: { changes: NonNullable<MoveRecord['changes']> }) {
  return (
    <Stack gap={2}>
      {changes.title !== undefined && <Text size="sm">Title: {changes.title}</Text>}
      {changes.dueDate !== undefined && (
        <Text size="sm">Due date: {formatCalendarDate(changes.dueDate)}</Text>
      )}
      {changes.description !== undefined && <Text size="sm">A new description</Text>}
      {changes.conditions !== undefined && (
        <>
          <Text size="sm">Conditions:</Text>
          {changes.conditions.map((condition, index) => (
            <Group key={condition.id} gap={6} pl="sm" wrap="nowrap" align="flex-start">
              <Text size="sm" c="dimmed">
                {index + 1}.
              </Text>
              <ConditionText condition={condition} />
            </Group>
          ))}
        </>
      )}
    </Stack>
  );
}

/**
 * The conversation, move by move, oldest first: the promise is the fold of these moves. Each move
 * links to the promise as it stood right after it.
 */
export function HistoryTimeline({
  history,
  promiseId,
}: {
  history: readonly MoveRecord[];
  promiseId: string;
}) {
  return (
    <Timeline active={history.length - 1} bulletSize={16} lineWidth={2} role="list" aria-label="History">
      {history.map((move) => (
        <Timeline.Item
          key={move.id}
          role="listitem"
          title={
            <Group gap="xs" component="span">
              <Text component="span" fw={600}>
                {actPastLabels[move.act]}
              </Text>{' '}
              <Text component="span">by {move.person.name}</Text>{' '}
              <Badge size="sm" variant="light" color="gray" style={{ textTransform: 'none' }}>
                {sideLabels[move.by]}
              </Badge>
            </Group>
          }
        >
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              <time dateTime={move.at}>{formatInstant(move.at)}</time> ·{' '}
              <Anchor
                component={Link}
                to={`/promises/${promiseId}?at=${encodeURIComponent(move.at)}`}
                size="xs"
                underline="always"
              >
                View as of this move
              </Anchor>
            </Text>
            {move.reason && (
              <Text size="sm">
                {move.reason.code ? `${reasonCodeLabels[move.reason.code]}: ` : 'Reason: '}
                {move.reason.text}
              </Text>
            )}
            {move.text && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                “{move.text}”
              </Text>
            )}
            {move.changes && <ChangesSummary changes={move.changes} />}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
