import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconChecks, IconHourglass, IconKeyboard, IconPlus, IconUsers } from '@tabler/icons-react';
import { lazy, type ReactNode, Suspense, useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Inbox, InboxItem } from '../../contract/inbox.js';
import { MAX_PAGE_SIZE } from '../../contract/pages.js';
import type { InboxSort } from '../../core/promises/inbox-groups.js';
import { useInbox } from '../api/inbox.js';
import { useCurrentOrganization, useSignedInMe } from '../api/me.js';
import { EmptyMessage } from '../components/empty-message.js';
import { firstName } from '../components/format.js';
import { InboxFindings } from '../components/inbox/inbox-findings.js';
import type { InboxSection as Section } from '../components/inbox/inbox-kinds.js';
import { InboxList } from '../components/inbox/inbox-list.js';
import { useInboxKeys } from '../components/inbox/use-inbox-keys.js';
import { PageHeader } from '../components/page-header.js';
import { LoadError, PageLoader } from '../components/query-state.js';
import { roleWithArticle } from '../components/roles.js';
import { ShowMore } from '../components/show-more.js';

// Most inboxes owe no planning milestone: its alert loads when one shows, out of the first load.
const OwedMilestones = lazy(() =>
  import('../components/inbox/owed-milestones.js').then((module) => ({ default: module.OwedMilestones })),
);

// Asked for with `?` or its button: kept out of the inbox's first load.
const InboxShortcutsDialog = lazy(() =>
  import('../components/inbox/inbox-shortcuts-dialog.js').then((module) => ({
    default: module.InboxShortcutsDialog,
  })),
);

const sections: Record<Section, { title: string; empty: string; hint: string; icon: ReactNode }> = {
  awaitingMe: {
    title: 'Awaiting my move',
    empty: 'Nothing awaits your move',
    hint: 'Requests to answer, offers and counters, completions to assess, check-ins, reviews and questions show here.',
    icon: <IconChecks />,
  },
  myTeam: {
    title: 'My team’s',
    empty: 'Nothing awaits your teams',
    hint: 'What your teams’ leads are asked to answer shows here, for you to follow.',
    icon: <IconUsers />,
  },
  waitingOnOthers: {
    title: 'Waiting on others',
    empty: 'You are waiting on nobody',
    hint: 'Your requests, offers and proposals show here until the other side answers.',
    icon: <IconHourglass />,
  },
};

const SECTION_ORDER: readonly Section[] = ['awaitingMe', 'myTeam', 'waitingOnOthers'];

const sortLabels: Record<InboxSort, { label: string; order: string }> = {
  age: { label: 'Longest waiting', order: 'the longest waiting first' },
  due: { label: 'Due soonest', order: 'the soonest due first' },
};

/** Each section shows this many more at a time, up to the most a page holds. */
const STEP = 50;

function InboxSection({
  section,
  items,
  total,
  sort,
  more,
  focusKey,
  onFocusItem,
}: {
  section: Section;
  items: InboxItem[];
  total: number;
  sort: InboxSort;
  more: { isLoading: boolean; onMore: (() => void) | null };
  focusKey: string | null;
  onFocusItem: (key: string) => void;
}) {
  const { title, empty, hint, icon } = sections[section];
  const id = `${section}-heading`;
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" mb="sm" id={id}>
        {title}{' '}
        <Text span c="dimmed" fw={400}>
          ({total})
        </Text>
      </Title>
      {items.length === 0 ? (
        <EmptyMessage icon={icon} title={empty}>
          {hint}
        </EmptyMessage>
      ) : (
        <>
          <InboxList items={items} section={section} focusKey={focusKey} onFocusItem={onFocusItem} />
          {more.onMore ? (
            <ShowMore
              shown={items.length}
              total={total}
              noun="items"
              isLoading={more.isLoading}
              onMore={more.onMore}
            />
          ) : (
            items.length < total && (
              <Text size="sm" c="dimmed" ta="center">
                {items.length} of {total} shown, {sortLabels[sort].order}.{' '}
                <Anchor component={Link} to="/promises?mine=true" size="sm">
                  See all your promises
                </Anchor>
              </Text>
            )
          )}
        </>
      )}
    </section>
  );
}

/** The order of the sections, kept in the URL (`?sort=due`) so a reload or a shared link keeps it. */
function SortChoice({ sort, onSort }: { sort: InboxSort; onSort: (sort: InboxSort) => void }) {
  return (
    <Group gap="xs" role="group" aria-label="Sort the inbox">
      <Text size="sm" aria-hidden="true">
        Sort:
      </Text>
      {(Object.keys(sortLabels) as InboxSort[]).map((key) => (
        <Button
          key={key}
          size="xs"
          variant={key === sort ? 'filled' : 'default'}
          aria-pressed={key === sort}
          onClick={() => onSort(key)}
        >
          {sortLabels[key].label}
        </Button>
      ))}
    </Group>
  );
}

/** The key of the item that holds the tab stop: the one last focused, or else the first shown. */
function focusKeyOf(inbox: Inbox, focused: string | null): string | null {
  const items = SECTION_ORDER.flatMap((section) => inbox[section]);
  return items.some((item) => item.key === focused) ? focused : (items[0]?.key ?? null);
}

/** Where the signed-in person starts: what awaits their move, their team's, what they wait on, findings. */
export function InboxRoute() {
  const me = useSignedInMe();
  const organization = useCurrentOrganization();
  const [params, setParams] = useSearchParams();
  const sort: InboxSort = params.get('sort') === 'due' ? 'due' : 'age';
  const [limit, setLimit] = useState(STEP);
  const inbox = useInbox(limit, sort);
  const [focused, setFocused] = useState<string | null>(null);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const [wasHelpAsked, setHelpAsked] = useState(false);
  const openHelp = useCallback(() => {
    setHelpAsked(true);
    setHelpOpen(true);
  }, []);
  useInboxKeys(openHelp);
  const more = {
    isLoading: inbox.isFetching && inbox.isPlaceholderData,
    onMore: limit < MAX_PAGE_SIZE ? () => setLimit(Math.min(limit + STEP, MAX_PAGE_SIZE)) : null,
  };
  const onSort = (next: InboxSort) =>
    setParams(
      (current) => {
        const changed = new URLSearchParams(current);
        if (next === 'age') changed.delete('sort');
        else changed.set('sort', next);
        return changed;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader
        title="Inbox"
        description={
          <>
            Welcome, {firstName(me.person.name)}. You are {roleWithArticle[organization.role]} of{' '}
            <strong>{organization.name}</strong>.
          </>
        }
        actions={
          <Group gap="sm">
            <Button
              variant="default"
              onClick={openHelp}
              leftSection={<IconKeyboard size={18} aria-hidden="true" />}
            >
              Keyboard shortcuts
            </Button>
            {organization.can.createPromise && (
              <Button
                component={Link}
                to="/promises/new"
                leftSection={<IconPlus size={18} aria-hidden="true" />}
              >
                New promise
              </Button>
            )}
          </Group>
        }
      />
      {inbox.isPending ? (
        <PageLoader label="Loading your inbox" />
      ) : inbox.error ? (
        <LoadError error={inbox.error} onRetry={() => inbox.refetch()} />
      ) : (
        <Stack gap="xl">
          {inbox.data.milestones.length > 0 && (
            <Suspense fallback={null}>
              <OwedMilestones milestones={inbox.data.milestones} />
            </Suspense>
          )}
          <SortChoice sort={sort} onSort={onSort} />
          {SECTION_ORDER.map((section) => (
            <InboxSection
              key={section}
              section={section}
              items={inbox.data[section]}
              total={inbox.data.totals[section]}
              sort={sort}
              more={more}
              focusKey={focusKeyOf(inbox.data, focused)}
              onFocusItem={setFocused}
            />
          ))}
          <InboxFindings
            findings={inbox.data.findings}
            total={inbox.data.totals.findings}
            personId={me.person.id}
          />
        </Stack>
      )}
      {wasHelpAsked && (
        <Suspense fallback={null}>
          <InboxShortcutsDialog opened={isHelpOpen} onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
