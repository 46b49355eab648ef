import { Anchor, Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import { Link } from 'react-router';
import type { FindingEventRecord } from '../../../contract/findings.js';
import type { MoveRecord } from '../../../contract/promises.js';
import { findingKinds } from '../findings/finding-kinds.js';
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

type Entry =
  | { kind: 'move'; at: string; move: MoveRecord }
  | { kind: 'finding'; at: string; event: FindingEventRecord };

/** Moves and finding events in one order: by time, a move first when they share an instant. */
function entriesOf(history: readonly MoveRecord[], findingEvents: readonly FindingEventRecord[]): Entry[] {
  const entries: Entry[] = [
    ...history.map((move): Entry => ({ kind: 'move', at: move.at, move })),
    ...findingEvents.map((event): Entry => ({ kind: 'finding', at: event.at, event })),
  ];
  // A stable sort keeps each list's own order among equal instants.
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** A finding of the strategy debugger set aside (or opened again) by one of its parties. */
function FindingEventItem({ event }: { event: FindingEventRecord }) {
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        <time dateTime={event.at}>{formatInstant(event.at)}</time> · {findingKinds[event.code].title}
      </Text>
      {event.reason && <Text size="sm">Reason: {event.reason}</Text>}
      <Text size="sm" c="dimmed">
        {event.message}
      </Text>
    </Stack>
  );
}

function MoveItem({ move, promiseId }: { move: MoveRecord; promiseId: string }) {
  return (
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
  );
}

/**
 * The conversation, move by move, oldest first: the promise is the fold of these moves. Each move
 * links to the promise as it stood right after it. The findings about the promise that one of
 * their parties dismissed, or opened again, sit among the moves, at their time.
 */
export function HistoryTimeline({
  history,
  findingEvents = [],
  promiseId,
}: {
  history: readonly MoveRecord[];
  findingEvents?: readonly FindingEventRecord[];
  promiseId: string;
}) {
  const entries = entriesOf(history, findingEvents);
  return (
    <Timeline active={entries.length - 1} bulletSize={16} lineWidth={2} role="list" aria-label="History">
      {entries.map((entry) =>
        entry.kind === 'move' ? (
          <Timeline.Item
            key={entry.move.id}
            role="listitem"
            title={
              <Group gap="xs" component="span">
                <Text component="span" fw={600}>
                  {actPastLabels[entry.move.act]}
                </Text>{' '}
                <Text component="span">by {entry.move.person.name}</Text>{' '}
                <Badge size="sm" variant="light" color="gray" style={{ textTransform: 'none' }}>
                  {sideLabels[entry.move.by]}
                </Badge>
              </Group>
            }
          >
            <MoveItem move={entry.move} promiseId={promiseId} />
          </Timeline.Item>
        ) : (
          <Timeline.Item
            key={entry.event.id}
            role="listitem"
            title={
              <Group gap="xs" component="span">
                <Text component="span" fw={600}>
                  {entry.event.act === 'dismissed' ? 'Finding dismissed' : 'Finding dismissal undone'}
                </Text>{' '}
                <Text component="span">by {entry.event.person.name}</Text>
              </Group>
            }
          >
            <FindingEventItem event={entry.event} />
          </Timeline.Item>
        ),
      )}
    </Timeline>
  );
}
