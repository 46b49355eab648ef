import { Alert, Anchor, Badge, Breadcrumbs, Button, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArchive, IconRestore } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import type { Team } from '../../contract/teams.js';
import { ApiError } from '../api/client.js';
import { useTeam, useUpdateTeam } from '../api/teams.js';
import { TeamCapacitySection } from '../components/capacity/team-capacity-section.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { LeadershipSwitch } from '../components/direction/leadership-switch.js';
import { notifyFailure, notifySuccess } from '../components/notify.js';
import { PageHeader } from '../components/page-header.js';
import { LoadError, PageLoader } from '../components/query-state.js';
import { AddTeamMemberForm } from '../components/teams/add-team-member-form.js';
import { TeamDetailsForm } from '../components/teams/team-details-form.js';
import { TeamMembersTable } from '../components/teams/team-members-table.js';

export function TeamRoute() {
  const { teamId = '' } = useParams();
  const team = useTeam(teamId);

  if (team.isPending) return <PageLoader label="Loading the team" />;
  if (team.error) {
    const isMissing = team.error instanceof ApiError && team.error.status === 404;
    return (
      <>
        <PageHeader title={isMissing ? 'Team not found' : 'Team'} />
        {isMissing ? (
          <Text>
            This team does not exist in your organization.{' '}
            <Anchor component={Link} to="/teams">
              See all teams
            </Anchor>
          </Text>
        ) : (
          <LoadError error={team.error} onRetry={() => team.refetch()} />
        )}
      </>
    );
  }
  return <TeamPage team={team.data} />;
}

function TeamPage({ team }: { team: Team }) {
  const isArchived = team.archivedAt !== null;

  return (
    <>
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to="/teams" size="sm">
          Teams
        </Anchor>
        <Text size="sm" aria-current="page">
          {team.name}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={team.name}
        badge={
          isArchived && (
            <Badge color="gray" variant="light" size="lg">
              Archived
            </Badge>
          )
        }
        description={team.description || undefined}
        actions={team.can.archive && <ArchiveControls team={team} />}
      />
      <Stack gap="xl">
        {isArchived && (
          <Alert color="gray" title="This team is archived">
            It keeps its members and history. {team.can.archive ? 'Restore it to change it.' : ''}
          </Alert>
        )}
        <section aria-labelledby="members-heading">
          <Title order={2} size="h3" mb="sm" id="members-heading">
            Members
          </Title>
          <Stack gap="md">
            {team.can.manageMembers && <AddTeamMemberForm team={team} />}
            <TeamMembersTable team={team} canEdit={team.can.manageMembers} />
          </Stack>
        </section>
        <TeamCapacitySection team={team} />
        {team.can.edit && (
          <section aria-labelledby="details-heading">
            <Title order={2} size="h3" mb="sm" id="details-heading">
              Details
            </Title>
            <Stack gap="lg">
              <TeamDetailsForm team={team} />
              <LeadershipSwitch team={team} />
            </Stack>
          </section>
        )}
      </Stack>
    </>
  );
}

function ArchiveControls({ team }: { team: Team }) {
  const update = useUpdateTeam(team.id);
  const [isConfirming, confirming] = useDisclosure(false);

  if (team.archivedAt !== null) {
    return (
      <Button
        variant="light"
        leftSection={<IconRestore size={18} aria-hidden="true" />}
        loading={update.isPending}
        onClick={() =>
          update.mutate(
            { archived: false },
            {
              onSuccess: () => notifySuccess(`${team.name} is restored`),
              onError: (error) => notifyFailure(`Could not restore ${team.name}`, error),
            },
          )
        }
      >
        Restore team
      </Button>
    );
  }
  return (
    <>
      <Button
        variant="light"
        color="red"
        leftSection={<IconArchive size={18} aria-hidden="true" />}
        onClick={() => {
          update.reset();
          confirming.open();
        }}
      >
        Archive team
      </Button>
      <ConfirmDialog
        opened={isConfirming}
        onClose={confirming.close}
        title={`Archive ${team.name}?`}
        confirmLabel="Archive team"
        isPending={update.isPending}
        error={update.error}
        onConfirm={() =>
          update.mutate(
            { archived: true },
            {
              onSuccess: () => {
                confirming.close();
                notifySuccess(`${team.name} is archived`);
              },
            },
          )
        }
      >
        An archived team keeps its members and its history, and leaves the list of active teams. You can
        restore it at any time.
      </ConfirmDialog>
    </>
  );
}
