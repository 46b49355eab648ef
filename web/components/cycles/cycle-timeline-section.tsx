import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { CycleTimeline } from '../../../contract/cycles.js';
import type { CycleState } from '../../../core/planning/index.js';
import { useCycleTimeline } from '../../api/cycles.js';
import { formatCalendarDate, formatInstant, formatInstantDay } from '../format.js';
import { LoadError, PageLoader } from '../query-state.js';
import { ShowMore } from '../show-more.js';
import {
  cycleStateColors,
  cycleStateLabels,
  milestoneLabels,
  milestoneStatusColors,
  milestoneStatusLabels,
} from './cycle-labels.js';
import { CycleMoves } from './cycle-moves.js';

const eventWords: Partial<Record<`${CycleState}-${CycleState}`, string>> = {
  'planning-active': 'approved the plan',
  'active-reviewing': 'started the review',
  'reviewing-closed': 'closed the cycle',
  'reviewing-active': 'reopened the cycle',
};

function MilestonesTable({ milestones }: { milestones: CycleTimeline['milestones'] }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs">
        <Table.Caption>Milestones</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Milestone</Table.Th>
            <Table.Th scope="col">Due</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {milestones.map((milestone) => (
            <Table.Tr key={milestone.key}>
              <Table.Th scope="row">{milestoneLabels[milestone.key]}</Table.Th>
              <Table.Td>
                <time dateTime={milestone.due}>{formatCalendarDate(milestone.due)}</time>
              </Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <Badge color={milestoneStatusColors[milestone.status]} variant="light" tt="none">
                    {milestoneStatusLabels[milestone.status]}
                  </Badge>
                  {milestone.completedAt && (
                    <Text size="xs" c="dimmed">
                      on {formatInstantDay(milestone.completedAt)}
                    </Text>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CycleEvents({ events }: { events: CycleTimeline['events'] }) {
  if (events.length === 0) return null;
  return (
    <Stack component="ul" aria-label="Moves of the cycle" gap="xs" m={0} pl="md">
      {events.map((event) => (
        <li key={event.id}>
          <Text size="sm">
            {event.person.name} {eventWords[`${event.from}-${event.to}`] ?? `moved it to ${event.to}`} on{' '}
            {formatInstant(event.at)}
            {event.unsettled.length > 0 && (
              <>
                {', with '}
                {event.unsettled.length === 1 ? '1 promise' : `${event.unsettled.length} promises`} unsettled:{' '}
                {event.unsettled.map((promise, index) => (
                  <span key={promise.id}>
                    {index > 0 && ', '}
                    <Anchor component={Link} to={`/promises/${promise.id}`} size="sm">
                      {promise.title}
                    </Anchor>
                  </span>
                ))}
              </>
            )}
          </Text>
        </li>
      ))}
    </Stack>
  );
}

/** Where the cycle stands: its state, its milestones, the moves made and (for managers) the next ones. */
export function CycleTimelineSection({
  cycleId,
  cycleName,
  canMove,
}: {
  cycleId: string;
  cycleName: string;
  canMove: boolean;
}) {
  const timeline = useCycleTimeline(cycleId);
  return (
    <section aria-labelledby="timeline-heading">
      <Title order={2} size="h3" mb="sm" id="timeline-heading">
        Timeline
      </Title>
      {timeline.isPending ? (
        <PageLoader label="Loading the timeline" />
      ) : timeline.error ? (
        <LoadError error={timeline.error} onRetry={() => timeline.refetch()} />
      ) : (
        <Stack gap="md">
          <Group gap="xs">
            <Text>The cycle is</Text>
            <Badge size="lg" variant="light" color={cycleStateColors[timeline.data.state]} tt="none">
              {cycleStateLabels[timeline.data.state]}
            </Badge>
          </Group>
          <MilestonesTable milestones={timeline.data.milestones} />
          <CycleEvents events={timeline.data.events} />
          <ShowMore
            shown={timeline.data.events.length}
            total={timeline.data.total}
            noun="moves"
            isLoading={timeline.isFetchingNextPage}
            onMore={() => void timeline.fetchNextPage()}
          />
          {canMove && <CycleMoves cycleId={cycleId} cycleName={cycleName} state={timeline.data.state} />}
        </Stack>
      )}
    </section>
  );
}
