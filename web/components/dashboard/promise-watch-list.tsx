import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PromiseSummary } from '../../../contract/promises.js';
import { checkInStatusColors, checkInStatusLabels, formatPercent } from '../check-ins/key-result-format.js';
import { formatCalendarDate } from '../format.js';
import { PartiesLine } from '../promises/badges.js';

/**
 * Promises that need attention, each a link to its page with who promised whom, its status and score:
 * the first few, soonest due first, and how many there are in all.
 */
export function PromiseWatchList({
  id,
  title,
  promises,
  total,
  empty,
  icon,
}: {
  id: string;
  title: string;
  promises: PromiseSummary[];
  total: number;
  empty: string;
  icon: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Group gap="xs" mb="sm">
        {icon}
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        <Badge variant="light" color={total > 0 ? 'orange' : 'gray'} aria-hidden="true">
          {total}
        </Badge>
      </Group>
      {promises.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={id}>
          {promises.map((promise) => (
            <li key={promise.id}>
              <Anchor component={Link} to={`/promises/${promise.id}`} fw={600}>
                {promise.title}
              </Anchor>
              <Group gap="xs" wrap="wrap">
                <PartiesLine customer={promise.customer} performers={promise.performers} size="xs" />
                {promise.checkInStatus && (
                  <Badge size="xs" variant="light" color={checkInStatusColors[promise.checkInStatus]}>
                    {checkInStatusLabels[promise.checkInStatus]}
                  </Badge>
                )}
                {promise.isStale && (
                  <Badge size="xs" variant="outline" color="orange">
                    Check-in overdue
                  </Badge>
                )}
                <Text size="xs" c="dimmed">
                  Score {formatPercent(promise.score)} · due {formatCalendarDate(promise.dueDate)}
                </Text>
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {total > promises.length && (
        <Text size="sm" c="dimmed" mt="sm">
          The {promises.length} due soonest of {total}.
        </Text>
      )}
    </Paper>
  );
}
