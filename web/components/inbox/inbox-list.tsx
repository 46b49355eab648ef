import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { type KeyboardEvent, lazy, Suspense } from 'react';
import { Link, useNavigate } from 'react-router';
import type { InboxItem } from '../../../contract/inbox.js';
import { formatCalendarDate, formatInstant, replyByStanding } from '../format.js';
import { PhaseBadge } from '../promises/badges.js';
import { actLabels } from '../promises/labels.js';
import {
  hasInlineActions,
  type InboxSection,
  itemPath,
  kindColors,
  kindLabel,
  whoOf,
} from './inbox-kinds.js';
import classes from './inbox-list.module.css';
import { dueLine, waitedFor } from './inbox-wording.js';
import { INBOX_ITEM_ATTRIBUTE } from './use-inbox-keys.js';

// The inline answers (accept, promise, acknowledge, a quick check-in) load with the first item that
// offers one, keeping them out of the inbox's first load.
const InboxItemActions = lazy(() =>
  import('./inbox-item-actions.js').then((module) => ({ default: module.InboxItemActions })),
);

/**
 * The inbox items of one section, in the order asked: each says what kind, links to the promise,
 * who, how long it has waited and when it is due, and offers the common answers inline. Each item
 * is one stop of the inbox's roving focus (`j`/`k`); Enter on it opens it.
 */
export function InboxList({
  items,
  section,
  focusKey,
  onFocusItem,
}: {
  items: InboxItem[];
  section: InboxSection;
  /** The item that holds the inbox's tab stop. */
  focusKey: string | null;
  onFocusItem: (key: string) => void;
}) {
  const navigate = useNavigate();
  const now = Date.now();
  const open = (item: InboxItem) => (event: KeyboardEvent<HTMLElement>) => {
    // Only on the item itself: Enter on one of its buttons or links is that control's.
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      void navigate(itemPath(item));
    }
  };
  return (
    <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => {
        const label = kindLabel(item.kind, section);
        const isMine = section === 'awaitingMe';
        const otherActs = item.acts.filter((act) => !(isMine && hasInlineActions(item) && isInline(act)));
        return (
          <Card
            key={item.key}
            component="li"
            withBorder
            padding="md"
            aria-label={`${label}: ${item.promise.title}`}
            className={classes.item}
            tabIndex={item.key === focusKey ? 0 : -1}
            onFocus={() => onFocusItem(item.key)}
            onKeyDown={open(item)}
            {...{ [INBOX_ITEM_ATTRIBUTE]: '' }}
          >
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Stack gap={4} style={{ minWidth: 0, flex: '1 1 20rem' }}>
                <Group gap="xs">
                  <Badge color={kindColors[item.kind]} variant="light" style={{ textTransform: 'none' }}>
                    {label}
                  </Badge>
                  <PhaseBadge phase={item.promise.phase} size="sm" />
                </Group>
                <Anchor component={Link} to={itemPath(item)} fw={600} tabIndex={-1}>
                  {item.promise.title}
                </Anchor>
                <Text size="sm">{whoOf(item, section)}</Text>
                {item.dependency?.note && (
                  <Text size="sm" c="dimmed">
                    {item.dependency.note}
                  </Text>
                )}
                {isMine && hasInlineActions(item) && (
                  <Suspense fallback={null}>
                    <InboxItemActions item={item} />
                  </Suspense>
                )}
                {otherActs.length > 0 && item.kind !== 'carry-over' && (
                  <Text size="sm" c="dimmed">
                    {otherActs.length < item.acts.length ? 'Or, on its page: ' : 'You may: '}
                    {otherActs.map((act) => actLabels[act].toLowerCase()).join(', ')}
                  </Text>
                )}
              </Stack>
              <Stack gap={0} align="flex-end">
                <Text size="sm">
                  Waiting{' '}
                  <time dateTime={item.since} title={formatInstant(item.since)}>
                    {waitedFor(item.since, now)}
                  </time>
                </Text>
                <DueLine item={item} />
              </Stack>
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}

/** The moves answered inline: the rest are made on the promise's page. */
function isInline(act: InboxItem['acts'][number]): boolean {
  return act === 'promise' || act === 'accept-offer';
}

/** When the item is due, or the day its answer was asked by, marked overdue once that day has gone. */
function DueLine({ item }: { item: InboxItem }) {
  const isOverdue = item.replyBy !== null && replyByStanding(item.replyBy).isOverdue;
  return (
    <Text size="xs" c={isOverdue ? 'red.8' : 'dimmed'} fw={isOverdue ? 600 : undefined}>
      {dueLine(item, formatCalendarDate)}
      {isOverdue && ' · overdue'}
    </Text>
  );
}
