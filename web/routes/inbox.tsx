import { Button, Stack, Text, Title } from '@mantine/core';
import { IconChecks, IconHourglass, IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { InboxItem } from '../../contract/inbox.js';
import { useInbox } from '../api/inbox.js';
import { useCurrentOrganization, useSignedInMe } from '../api/me.js';
import { EmptyMessage } from '../components/empty-message.js';
import { firstName } from '../components/format.js';
import type { InboxSection as Section } from '../components/inbox/inbox-kinds.js';
import { InboxList } from '../components/inbox/inbox-list.js';
import { OwedMilestones } from '../components/inbox/owed-milestones.js';
import { PageHeader } from '../components/page-header.js';
import { LoadError, PageLoader } from '../components/query-state.js';
import { roleWithArticle } from '../components/roles.js';

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

function InboxSection({ section, items }: { section: Section; items: InboxItem[] }) {
  const { title, empty, hint, icon } = sections[section];
  const id = `${section}-heading`;
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" mb="sm" id={id}>
        {title}{' '}
        {items.length > 0 && (
          <Text span c="dimmed" fw={400}>
            ({items.length})
          </Text>
        )}
      </Title>
      {items.length === 0 ? (
        <EmptyMessage icon={icon} title={empty}>
          {hint}
        </EmptyMessage>
      ) : (
        <InboxList items={items} section={section} />
      )}
    </section>
  );
}

/** Where the signed-in person starts: what awaits their move, and what they wait on. */
export function InboxRoute() {
  const me = useSignedInMe();
  const organization = useCurrentOrganization();
  const inbox = useInbox();

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
          <InboxSection section="awaitingMe" items={inbox.data.awaitingMe} />
          <InboxSection section="waitingOnOthers" items={inbox.data.waitingOnOthers} />
        </Stack>
      )}
    </>
  );
}
