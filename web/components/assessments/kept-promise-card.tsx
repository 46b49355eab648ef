import { Anchor, Badge, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CycleReview } from '../../../contract/cycle-review.js';
import { formatPercent, scoreColor } from '../check-ins/key-result-format.js';
import { formatInstantDay } from '../format.js';
import { PartiesLine, StatusBadge } from '../promises/badges.js';
import { RetrospectiveList } from './retrospective-list.js';

type Entry = CycleReview['kept'][number];

/** One promise of the cycle as it ended up: its final score, the customer's word and the retrospectives. */
export function KeptPromiseCard({ entry }: { entry: Entry }) {
  const { promise, finalScore, satisfaction, retrospectives } = entry;
  const headingId = `kept-${promise.id}`;
  return (
    <Paper component="article" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Anchor component={Link} to={`/promises/${promise.id}`} fw={600} id={headingId}>
              {promise.title}
            </Anchor>
            <Group gap="xs">
              <PartiesLine customer={promise.customer} performers={promise.performers} size="xs" />
              <StatusBadge status={promise.status} size="sm" />
            </Group>
          </Stack>
          <Stack gap={2} align="flex-end" miw={140}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Final score
            </Text>
            <Group gap="xs" wrap="nowrap">
              {finalScore !== null && (
                <Progress value={finalScore * 100} color={scoreColor(finalScore)} w={72} aria-hidden="true" />
              )}
              <Text fw={700}>{formatPercent(finalScore)}</Text>
            </Group>
          </Stack>
        </Group>
        {satisfaction ? (
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <Badge variant="light" color={satisfaction.satisfied ? 'teal' : 'red'} style={{ flexShrink: 0 }}>
              {satisfaction.satisfied ? 'Satisfied' : 'Dissatisfied'}
            </Badge>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {satisfaction.note || (
                <Text span c="dimmed" size="sm">
                  No note
                </Text>
              )}
              <Text span size="xs" c="dimmed">
                {' '}
                · {formatInstantDay(satisfaction.at)}
              </Text>
            </Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            Not assessed by the customer
          </Text>
        )}
        <RetrospectiveList retrospectives={retrospectives} label={`Retrospectives of ${promise.title}`} />
      </Stack>
    </Paper>
  );
}
