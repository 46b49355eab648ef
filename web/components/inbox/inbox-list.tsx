import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { InboxItem } from '../../../contract/inbox.js';
import { formatCalendarDate, formatInstant, replyByStanding } from '../format.js';
import { PhaseBadge } from '../promises/badges.js';
import { CarryOverActions } from '../promises/carry-over-actions.js';
import { actLabels } from '../promises/labels.js';
import { type InboxSection, itemPath, kindColors, kindLabel, whoOf } from './inbox-kinds.js';

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "3 days ago", "yesterday", "2 hours ago": how long the item has waited. */
function since(iso: string): string {
  const seconds = (Date.parse(iso) - Date.now()) / 1000;
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

/** "Reply by Jan 8, 2027", and "overdue" once that day has gone by unanswered. */
function ReplyBy({ date }: { date: string }) {
  const { label, isOverdue } = replyByStanding(date);
  return (
    <Text size="xs" c={isOverdue ? 'red.8' : 'dimmed'} fw={isOverdue ? 600 : undefined}>
      {isOverdue ? `${label} · overdue` : label}
    </Text>
  );
}

/** The inbox items of one section, oldest first: each says what kind, links to the promise, who and since when. */
export function InboxList({ items, section }: { items: InboxItem[]; section: InboxSection }) {
  return (
    <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => {
        const label = kindLabel(item.kind, section);
        return (
          <Card
            key={`${item.kind}:${item.promise.id}:${item.dependency?.id ?? ''}`}
            component="li"
            withBorder
            padding="md"
            aria-label={`${label}: ${item.promise.title}`}
          >
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Stack gap={4}>
                <Group gap="xs">
                  <Badge color={kindColors[item.kind]} variant="light" style={{ textTransform: 'none' }}>
                    {label}
                  </Badge>
                  <PhaseBadge phase={item.promise.phase} size="sm" />
                </Group>
                <Anchor component={Link} to={itemPath(item)} fw={600}>
                  {item.promise.title}
                </Anchor>
                <Text size="sm">{whoOf(item, section)}</Text>
                {item.dependency?.note && (
                  <Text size="sm" c="dimmed">
                    {item.dependency.note}
                  </Text>
                )}
                {item.kind === 'carry-over' && section === 'awaitingMe' && (
                  <CarryOverActions promise={item.promise} />
                )}
                {item.acts.length > 0 && item.kind !== 'carry-over' && (
                  <Text size="sm" c="dimmed">
                    You may: {item.acts.map((act) => actLabels[act].toLowerCase()).join(', ')}
                  </Text>
                )}
              </Stack>
              <Stack gap={0} align="flex-end">
                <Text size="sm">
                  Since{' '}
                  <time dateTime={item.since} title={formatInstant(item.since)}>
                    {since(item.since)}
                  </time>
                </Text>
                <Text size="xs" c="dimmed">
                  Due {formatCalendarDate(item.promise.dueDate)} · {item.promise.cycle.name}
                </Text>
                {item.replyBy && <ReplyBy date={item.replyBy} />}
              </Stack>
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}
