import { Anchor, Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentOrganization, useSignedInMe } from '../api/me.js';
import { usePeople } from '../api/people.js';
import { useTeams } from '../api/teams.js';
import { firstName } from '../components/format.js';
import { PageHeader } from '../components/page-header.js';
import { LoadError } from '../components/query-state.js';
import { roleWithArticle } from '../components/roles.js';

export function HomeRoute() {
  const me = useSignedInMe();
  const people = usePeople();
  const teams = useTeams();
  const organization = useCurrentOrganization();
  const myTeams = people.data?.find((person) => person.id === me.person.id)?.teams ?? [];

  return (
    <>
      <PageHeader
        title={`Welcome, ${firstName(me.person.name)}`}
        description={
          <>
            You are {roleWithArticle[organization.role]} of <strong>{organization.name}</strong>.
          </>
        }
      />
      <Stack gap="xl">
        <section aria-labelledby="organization-heading">
          <Title order={2} size="h4" mb="sm" id="organization-heading">
            {organization.name} at a glance
          </Title>
          {people.error && <LoadError error={people.error} onRetry={() => people.refetch()} />}
          {teams.error && <LoadError error={teams.error} onRetry={() => teams.refetch()} />}
          <SimpleGrid cols={{ base: 1, xs: 2 }} maw={560}>
            <Count label="People" value={people.data?.length} to="/people" linkLabel="See everyone" />
            <Count label="Teams" value={teams.data?.length} to="/teams" linkLabel="See all teams" />
          </SimpleGrid>
        </section>
        <section aria-labelledby="my-teams-heading">
          <Title order={2} size="h4" mb="sm" id="my-teams-heading">
            Your teams
          </Title>
          {people.isPending ? (
            <Skeleton height={24} maw={320} />
          ) : myTeams.length === 0 ? (
            <Text c="dimmed">You are not in a team yet.</Text>
          ) : (
            <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {myTeams.map((team) => (
                <li key={team.id}>
                  <Badge
                    component={Link}
                    to={`/teams/${team.id}`}
                    size="lg"
                    variant="light"
                    style={{ cursor: 'pointer', textTransform: 'none' }}
                  >
                    {team.name}
                    {team.isLead ? ' · lead' : ''}
                  </Badge>
                </li>
              ))}
            </Group>
          )}
        </section>
      </Stack>
    </>
  );
}

function Count({
  label,
  value,
  to,
  linkLabel,
}: {
  label: string;
  value: number | undefined;
  to: string;
  linkLabel: string;
}) {
  return (
    <Card withBorder padding="lg">
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      {value === undefined ? (
        <Skeleton height={36} width={48} my={4} />
      ) : (
        <Text fz={32} fw={700} lh={1.3}>
          {value}
        </Text>
      )}
      <Anchor component={Link} to={to} size="sm">
        {linkLabel}
      </Anchor>
    </Card>
  );
}
