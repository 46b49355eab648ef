import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { IconChecks, IconHourglass, IconPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import type { InboxItem } from '../../contract/inbox.js';
import { MAX_PAGE_SIZE } from '../../contract/pages.js';
import { useInbox } from '../api/inbox.js';
import { useCurrentOrganization, useSignedInMe } from '../api/me.js';
import { EmptyMessage } from '../components/empty-message.js';
import { firstName } from '../components/format.js';
import { InboxFindings } from '../components/inbox/inbox-findings.js';
import type { InboxSection as Section } from '../components/inbox/inbox-kinds.js';
import { InboxList } from '../components/inbox/inbox-list.js';
import { OwedMilestones } from '../components/inbox/owed-milestones.js';
import { PageHeader } from '../components/page-header.js';
import { LoadError, PageLoader } from '../components/query-state.js';
import { roleWithArticle } from '../components/roles.js';
import { ShowMore } from '../components/show-more.js';

const sections: Record<Section, { title: string; empty: string; hint: string; icon: ReactNode }> = {
  awaitingMe: {
    title: 'Awaiting your move',
    empty: 'Nothing awaits your move',
    hint: 'Requests to answer, offers and counters, completions to assess and check-ins show here.',
    icon: <IconChecks />,
  },
  waitingOnOthers: {
    title: 'Waiting on others',
    empty: 'You are waiting on nobody',
    hint: 'Your requests, offers and proposals show here until the other side answers.',
    icon: <IconHourglass />,
  },
};

/** Each section shows this many more at a time, up to the most a page holds. */
const STEP = 50;

function InboxSection({
  section,
  items,
  total,
  more,
}: {
  section: Section;
  items: InboxItem[];
  total: number;
  more: { isLoading: boolean; onMore: (() => void) | null };
}) {
  const { title, empty, hint, icon } = sections[section];
  const id = `${section}-heading`;
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" mb="sm" id={id}>
        {title}{' '}
        {total > 0 && (
          <Text span c="dimmed" fw={400}>
            ({total})
          </Text>
        )}
      </Title>
      {items.length === 0 ? (
        <EmptyMessage icon={icon} title={empty}>
          {hint}
        </EmptyMessage>
      ) : (
        <>
          <InboxList items={items} section={section} />
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
                {items.length} of {total} shown, the longest waiting first.{' '}
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

/** Where the signed-in person starts: what awaits their move, and what they wait on. */
export function InboxRoute() {
  const me = useSignedInMe();
  const organization = useCurrentOrganization();
  const [limit, setLimit] = useState(STEP);
  const inbox = useInbox(limit);
  const more = {
    isLoading: inbox.isFetching && inbox.isPlaceholderData,
    onMore: limit < MAX_PAGE_SIZE ? () => setLimit(Math.min(limit + STEP, MAX_PAGE_SIZE)) : null,
  };

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
          organization.can.createPromise && (
            <Button
              component={Link}
              to="/promises/new"
              leftSection={<IconPlus size={18} aria-hidden="true" />}
            >
              New promise
            </Button>
          )
        }
      />
      {inbox.isPending ? (
        <PageLoader label="Loading your inbox" />
      ) : inbox.error ? (
        <LoadError error={inbox.error} onRetry={() => inbox.refetch()} />
      ) : (
        <Stack gap="xl">
          <OwedMilestones milestones={inbox.data.milestones} />
          <InboxSection
            section="awaitingMe"
            items={inbox.data.awaitingMe}
            total={inbox.data.totals.awaitingMe}
            more={more}
          />
          <InboxSection
            section="waitingOnOthers"
            items={inbox.data.waitingOnOthers}
            total={inbox.data.totals.waitingOnOthers}
            more={more}
          />
          <InboxFindings
            findings={inbox.data.findings}
            total={inbox.data.totals.findings}
            personId={me.person.id}
          />
        </Stack>
      )}
    </>
  );
}
