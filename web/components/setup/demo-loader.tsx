import { Alert, Button, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Job } from '../../../contract/setup.js';
import { errorMessage } from '../../api/client.js';
import { useDemoCredentials, useJob, useStartDemo } from '../../api/setup.js';
import { FormError } from '../query-state.js';

/**
 * Loads the demo organization on a new instance: starts the job, shows its progress, then who to
 * sign in as. `onStarted` lets the page stop offering the other way to set up.
 */
export function DemoLoader({ onStarted }: { onStarted: () => void }) {
  const start = useStartDemo();
  const job = useJob(start.data?.id ?? null);
  const current = job.data ?? start.data;

  if (!current) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text>
          Explore Accord with a small company already in it: six people, four teams, and the password to sign
          in as any of them.
        </Text>
        <FormError message={start.error ? errorMessage(start.error) : null} />
        <Button
          variant="light"
          loading={start.isPending}
          onClick={() => start.mutate(undefined, { onSuccess: onStarted })}
        >
          Load the demo organization
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <JobProgress job={current} />
      <FormError message={job.error ? errorMessage(job.error) : null} />
      {current.status === 'succeeded' && <DemoCredentialsList />}
    </Stack>
  );
}

function JobProgress({ job }: { job: Job }) {
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  const isDone = job.status === 'succeeded';
  return (
    <Stack gap={6}>
      <Text fw={500}>{isDone ? 'The demo organization is ready' : 'Loading the demo organization'}</Text>
      <Progress
        value={isDone ? 100 : percent}
        aria-label="Demo organization loading progress"
        animated={job.status === 'running'}
        striped={job.status === 'running'}
        color={job.status === 'failed' ? 'red' : isDone ? 'teal' : undefined}
        size="lg"
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {job.step} ({job.done} of {job.total})
      </Text>
      {job.status === 'failed' && (
        <Alert color="red" role="alert" title="The demo could not be loaded">
          {job.error ?? 'The job failed without saying why; the server log has the details'}
        </Alert>
      )}
    </Stack>
  );
}

function DemoCredentialsList() {
  const credentials = useDemoCredentials(true);
  if (credentials.error) return <FormError message={errorMessage(credentials.error)} />;
  if (!credentials.data) return <Text c="dimmed">Fetching who to sign in as…</Text>;
  const { organizationName, password, people } = credentials.data;
  const first = people[0];
  return (
    <Alert color="teal" icon={<IconCircleCheck aria-hidden="true" />} variant="light">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Sign in to {organizationName}
        </Title>
        <Text size="sm">
          Every demo person has the password <strong>{password}</strong>.
        </Text>
        <Table.ScrollContainer minWidth={360}>
          <Table>
            <Table.Caption>Demo people</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Title</Table.Th>
                <Table.Th scope="col">Email</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((person) => (
                <Table.Tr key={person.email}>
                  <Table.Td>{person.name}</Table.Td>
                  <Table.Td>{person.title}</Table.Td>
                  <Table.Td>{person.email}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Button
          component={Link}
          to={first ? `/sign-in?email=${encodeURIComponent(first.email)}` : '/sign-in'}
          style={{ alignSelf: 'flex-start' }}
        >
          Sign in
        </Button>
      </Stack>
    </Alert>
  );
}
