import { Button, Group, Radio, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { pageCount } from '../../contract/pages.js';
import type { TeamFilter } from '../../contract/teams.js';
import { useCurrentOrganization } from '../api/me.js';
import { useTeams } from '../api/teams.js';
import { EmptyMessage } from '../components/empty-message.js';
import { PageHeader } from '../components/page-header.js';
import { PagePicker } from '../components/page-picker.js';
import { LoadError, PageLoader } from '../components/query-state.js';
import { CreateTeamDialog } from '../components/teams/create-team-dialog.js';
import { TeamsTable } from '../components/teams/teams-table.js';

const filters: Array<{ value: TeamFilter; label: string }> = [
  { value: 'false', label: 'Active' },
  { value: 'true', label: 'Archived' },
  { value: 'all', label: 'All' },
];

const emptyTitles: Record<TeamFilter, string> = {
  false: 'No teams yet',
  true: 'No archived teams',
  all: 'No teams yet',
};

function isTeamFilter(value: string): value is TeamFilter {
  return filters.some((filter) => filter.value === value);
}

const PAGE_SIZE = 25;

export function TeamsRoute() {
  const organization = useCurrentOrganization();
  const mayCreate = organization.can.createTeam;
  const [filter, setFilter] = useState<TeamFilter>('false');
  const [page, setPage] = useState(1);
  const teams = useTeams(filter, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const [isCreating, creating] = useDisclosure(false);

  const createButton = mayCreate && (
    <Button leftSection={<IconPlus size={18} aria-hidden="true" />} onClick={creating.open}>
      Create team
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Teams"
        description={`The teams of ${organization.name}: who is in them, and who leads them.`}
        actions={createButton}
      />
      <Stack gap="md">
        <Radio.Group
          label="Show"
          value={filter}
          onChange={(value) => {
            if (!isTeamFilter(value)) return;
            setFilter(value);
            setPage(1);
          }}
        >
          <Group gap="lg" mt={6}>
            {filters.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
            ))}
          </Group>
        </Radio.Group>
        {teams.isPending ? (
          <PageLoader label="Loading teams" />
        ) : teams.error ? (
          <LoadError error={teams.error} onRetry={() => teams.refetch()} />
        ) : teams.data.teams.length === 0 ? (
          <EmptyMessage
            icon={<IconUsersGroup />}
            title={emptyTitles[filter]}
            action={filter !== 'true' && createButton}
          >
            {filter === 'true'
              ? 'Archived teams keep their members and history, and appear here.'
              : mayCreate
                ? 'Create a team for each group that makes promises together: a board, a leadership council, a product team.'
                : 'An owner or admin of your organization creates teams.'}
          </EmptyMessage>
        ) : (
          <>
            <TeamsTable
              teams={teams.data.teams}
              total={teams.data.total}
              page={{ page, pages: pageCount(teams.data) }}
            />
            <PagePicker pages={pageCount(teams.data)} page={page} onChange={setPage} />
          </>
        )}
      </Stack>
      {mayCreate && <CreateTeamDialog opened={isCreating} onClose={creating.close} />}
    </>
  );
}
